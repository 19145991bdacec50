package dev.coalition.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coalition report FILE.json --out report.html}: the document's evaluation as one
 * self-contained HTML page with charts, to open in a browser or print.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        versionProvider = VersionProvider.class,
        description = {
            "Evaluate a coalition document like 'coalition evaluate' and write the answer as one self-contained HTML page "
                    + "(inline SVG charts, no scripts, fonts or stylesheets from elsewhere; readable printed in grey): "
                    + "the governance summary, and the partner assessment, health, voting power, conflicts and distribution "
                    + "the document asks for, each chart with its figures as a table and the sentences that explain it.",
            "Problems with the document are printed on standard error as PATH: MESSAGE, as 'evaluate' prints them."
        })
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The coalition document (JSON), or - to read standard input.")
    String file;

    @Option(names = "--out", paramLabel = "FILE.html", description = "Where to write the page (replaced if it exists); "
            + "without it the page goes to standard output.")
    String outFile;

    @Mixin
    PolicyOptions policy = new PolicyOptions();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    private InputStream stdin;
    private PrintWriter out;

    /** Sets what {@code -} reads and where the page goes without {@code --out}, before each run. */
    void streams(InputStream stdin, PrintWriter out) {
        this.stdin = stdin;
        this.out = out;
    }

    @Override
    public Integer call() {
        Path target = outFile == null ? null : target(outFile);
        String page = DocumentEvaluation.answer(file, stdin, policy, limitOptions,
                (advisor, reading, evaluation) -> HtmlReport.write(reading, evaluation));
        if (target == null) {
            out.print(page);
            out.flush();
            return 0;
        }
        try {
            Files.writeString(target, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("--out: cannot write " + outFile + " (" + Messages.oneLine(e)
                    + "); give a file in a directory that exists and can be written");
        }
        return 0;
    }

    private static Path target(String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UserError("--out: \"" + name + "\" is not a valid file name (" + e.getReason() + ")");
        }
        if (Files.isDirectory(path)) {
            throw new UserError("--out: " + name + " is a directory; give the HTML file to write, such as "
                    + path.resolve("report.html"));
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserError("--out: the directory of " + name + " does not exist; create it or give another file");
        }
        return path;
    }
}
