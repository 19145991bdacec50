package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sample scenarios of coalition-examples pass on the bundled policy, as the README shows. */
class SampleScenariosTest {

    private static final Path SCENARIOS = Path.of("..", "coalition-examples", "src", "main", "resources", "scenarios");

    @Test
    void every_sample_scenario_passes() throws IOException {
        long files;
        try (Stream<Path> walk = Files.walk(SCENARIOS)) {
            files = walk.filter(p -> p.toString().endsWith(ScenarioFiles.SUFFIX)).count();
        }

        Cli.Result result = Cli.run("test", SCENARIOS.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines()).hasSize((int) files + 1)
                .last().isEqualTo(files + " passed, 0 failed");
        assertThat(result.out().lines().limit(files)).allSatisfy(line -> assertThat(line).startsWith("PASS "));
        assertThat(result.exitCode()).isZero();
    }
}
