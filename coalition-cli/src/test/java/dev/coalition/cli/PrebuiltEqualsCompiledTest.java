package dev.coalition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundled policy gives the same answer, explanation steps in the same order, whether its
 * knowledge bases come from the classes generated at build time or are compiled from its DRL at
 * run time (a {@code --policy} directory holding copies of the bundled files is compiled). Among
 * rules of equal salience the one declared first (files in {@code policies.index} order, rules in
 * file order) fires first on both routes.
 */
class PrebuiltEqualsCompiledTest {

    private static final String BUNDLED = "/dev/coalition/policies/";

    @TempDir
    static Path copies;

    @BeforeAll
    static void copyTheBundledPolicy() throws IOException {
        for (String name : resource("policies.index").split("\n")) {
            String file = name.strip();
            if (!file.isEmpty() && !file.startsWith("#")) {
                Files.writeString(copies.resolve(file), resource(file));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void a_sample_gets_the_same_answer_from_the_prebuilt_and_the_compiled_policy(Samples sample) throws IOException {
        JsonNode prebuilt = withoutHash(Cli.evaluate(sample.text()));
        JsonNode compiled = withoutHash(Cli.evaluate(sample.text(), "--policy", copies.toString()));

        assertThat(compiled.toPrettyString()).isEqualTo(prebuilt.toPrettyString());
    }

    private static JsonNode withoutHash(Cli.Result result) throws IOException {
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode answer = Samples.MAPPER.readTree(result.out());
        ((ObjectNode) answer.get("provenance")).remove("policyHash");
        return answer;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PrebuiltEqualsCompiledTest.class.getResourceAsStream(BUNDLED + name)) {
            assertThat(in).as(name + " on the class path").isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
