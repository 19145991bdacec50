package dev.coalition.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coalition.core.Coalition;
import dev.coalition.examples.ArticleCoalitions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/** The sample documents of coalition-examples ({@code /samples/*.json} on the test classpath) and their Java twins. */
enum Samples {
    PANDEMIC_RESPONSE("pandemic-response.json", ArticleCoalitions::pandemicResponse),
    CYBERSECURITY("cybersecurity.json", ArticleCoalitions::cybersecurity),
    FOUNDING_GROUP("founding-group.json", ArticleCoalitions::foundingGroup);

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final String file;
    private final Supplier<Coalition> javaTwin;

    Samples(String file, Supplier<Coalition> javaTwin) {
        this.file = file;
        this.javaTwin = javaTwin;
    }

    /** The classpath resource name, e.g. {@code /samples/cybersecurity.json}. */
    String resource() {
        return "/samples/" + file;
    }

    /** The document's bytes. */
    byte[] bytes() {
        try (InputStream in = Samples.class.getResourceAsStream(resource())) {
            if (in == null) {
                throw new IllegalStateException(resource() + " is not on the test classpath (coalition-examples)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's text. */
    String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** A fresh, mutable tree of the document. */
    ObjectNode tree() {
        try {
            return (ObjectNode) MAPPER.readTree(bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same coalition built in Java by {@link ArticleCoalitions}. */
    Coalition javaTwin() {
        return javaTwin.get();
    }

    static List<Samples> all() {
        return List.of(values());
    }

    /** A tree written back as JSON text. */
    static String json(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
