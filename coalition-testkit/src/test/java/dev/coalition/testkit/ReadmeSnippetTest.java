package dev.coalition.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's property test of a user's own policy is the code of {@code com.example.MyPolicyFairnessTest}, which runs. */
class ReadmeSnippetTest {

    private static final String MARKER = "<!-- the test com.example.MyPolicyFairnessTest in coalition-testkit is this code -->";

    @Test
    void theReadmeSnippetIsTheCodeOfATestThatRuns() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int marker = readme.indexOf(MARKER);
        assertThat(marker).as("README.md has the line " + MARKER).isNotNegative();
        int start = readme.indexOf("```java\n", marker) + "```java\n".length();
        String snippet = readme.substring(start, readme.indexOf("```\n", start));
        String test = Files.readString(Path.of("src", "test", "java", "com", "example", "MyPolicyFairnessTest.java"));
        assertThat(test).isEqualTo("package com.example;\n\n" + snippet);
        assertThat(snippet.lines().count()).as("lines of the snippet").isLessThan(20);
    }
}
