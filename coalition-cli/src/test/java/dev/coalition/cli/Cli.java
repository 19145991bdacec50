package dev.coalition.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Runs the {@code coalition} command in this process with captured standard input, output and error. */
final class Cli {

    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {

        /** The lines printed to stderr (each ended by a newline; an unterminated last line counts too). */
        List<String> errLines() {
            if (err.isEmpty()) {
                return List.of();
            }
            List<String> lines = Arrays.asList(err.split("\n", -1));
            return err.endsWith("\n") ? lines.subList(0, lines.size() - 1) : lines;
        }
    }

    private Cli() {
    }

    /** Runs the command with empty standard input. */
    static Result run(String... args) {
        return runWithInput("", args);
    }

    /** Runs the command with the given text on standard input. */
    static Result runWithInput(String stdin, String... args) {
        return runWithInput(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Runs the command with the given bytes on standard input. */
    static Result runWithInput(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CoalitionCommand.run(new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Evaluates a document given on standard input. */
    static Result evaluate(String document, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "evaluate";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = "-";
        return runWithInput(document, args);
    }

    /** Evaluates a document built as a JSON tree, given on standard input. */
    static Result evaluate(com.fasterxml.jackson.databind.JsonNode document, String... options) {
        return evaluate(Samples.json(document), options);
    }

    /** The answer to a document that must be accepted: exit 0, nothing on stderr, the answer parsed. */
    static com.fasterxml.jackson.databind.JsonNode answer(com.fasterxml.jackson.databind.JsonNode document, String... options) {
        Result result = evaluate(document, options);
        org.assertj.core.api.Assertions.assertThat(result.err()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(result.exitCode()).isZero();
        try {
            return Samples.MAPPER.readTree(result.out());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An object's fields as text, in order: what a reader of the answer sees. */
    static java.util.Map<String, String> texts(com.fasterxml.jackson.databind.JsonNode object) {
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        object.fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
        return texts;
    }
}
