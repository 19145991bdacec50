package dev.coalition.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full report in a real browser: headless Chromium (Debian package {@code chromium}) renders it
 * to a screenshot, and its DOM holds the hostile names as text. Skipped, saying so, where Chromium
 * is not installed. {@code -Dcoalition.report.screenshot=FILE.png} keeps the screenshot.
 */
class BrowserCheckTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    private Path page;

    @BeforeEach
    void writePage() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
                + ", so the browser check is skipped; install it with: apt-get install -y chromium");
        page = dir.resolve("report.html");
        Reports.full().writeTo(page);
    }

    @Test
    void theFullReportRendersToAScreenshotWithItsChartsDrawn() throws Exception {
        Path png = dir.resolve("report.png");

        chromium("--screenshot=" + png, "--window-size=1280,9000");

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("screenshot %s", png).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1280);
        // ink in the top band (title, summary) and in the middle of the page (charts and tables): not a blank page
        assertThat(darkShare(image, 0, 1400)).isGreaterThan(0.005);
        assertThat(darkShare(image, 3000, 6000)).isGreaterThan(0.005);
        String keep = System.getProperty("coalition.report.screenshot");
        if (keep != null && !keep.isBlank()) {
            Files.copy(png, Path.of(keep), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void theBrowsersDomHoldsHostileNamesAsTextAndNoScript() throws Exception {
        String dom = chromium("--dump-dom");

        assertThat(dom).contains("<main>").doesNotContain("<script").contains("&lt;script&gt;alert('x')&lt;/script&gt;");
        assertThat(dom).contains("<bdi>" + Reports.RTL + "</bdi>");
    }

    private String chromium(String... action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path output = dir.resolve("chromium-" + action[0].replaceAll("[^a-z]", "") + ".out");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(action));
        command.add(page.toUri().toString());
        Process chromium = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(dir.resolve("chromium.err").toFile()).start();
        // a safeguard against a hung browser, not a measurement
        if (!chromium.waitFor(3, TimeUnit.MINUTES)) {
            chromium.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 3 minutes: " + Files.readString(dir.resolve("chromium.err")));
        }
        assertThat(chromium.exitValue()).as("Chromium's exit code; its errors: %s", Files.readString(dir.resolve("chromium.err")))
                .isZero();
        return Files.readString(output);
    }

    private static double darkShare(BufferedImage image, int fromY, int toY) {
        long dark = 0;
        long all = 0;
        for (int y = fromY; y < Math.min(toY, image.getHeight()); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                dark += grey < 128 ? 1 : 0;
                all++;
            }
        }
        return (double) dark / all;
    }
}
