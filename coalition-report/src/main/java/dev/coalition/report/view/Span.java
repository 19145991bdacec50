package dev.coalition.report.view;

import java.util.Objects;

/**
 * A piece of text in the report; a name from a document is {@code isolated}: the template wraps it
 * in {@code <bdi>} so that its direction marks cannot reorder the text around it. Part of the
 * templates' model, not of the public API.
 *
 * @param text     the text, escaped by the template
 * @param isolated whether the text is a name to isolate
 */
public record Span(String text, boolean isolated) {

    /** Refuses a null text. */
    public Span {
        Objects.requireNonNull(text, "text");
    }
}
