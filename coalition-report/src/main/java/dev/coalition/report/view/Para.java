package dev.coalition.report.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph or table cell: text with the names in it marked for isolation. Part of the
 * templates' model, not of the public API.
 *
 * @param spans the text, in order
 */
public record Para(List<Span> spans) {

    /** Copies the spans. */
    public Para {
        spans = List.copyOf(spans);
    }

    /** Plain text. */
    public static Para text(String text) {
        return new Para(List.of(new Span(text, false)));
    }

    /** A name alone. */
    public static Para name(String name) {
        return new Para(List.of(new Span(name, true)));
    }

    /** A builder of text and names in turn. */
    public static Builder builder() {
        return new Builder();
    }

    /** The paragraph's text, names included, as a reader sees it. */
    public String plain() {
        StringBuilder out = new StringBuilder();
        spans.forEach(s -> out.append(s.text()));
        return out.toString();
    }

    /** Builds a paragraph of text and names. */
    public static final class Builder {

        private final List<Span> spans = new ArrayList<>();

        private Builder() {
        }

        /** Appends plain text. */
        public Builder text(String text) {
            spans.add(new Span(text, false));
            return this;
        }

        /** Appends a name, isolated. */
        public Builder name(String name) {
            spans.add(new Span(name, true));
            return this;
        }

        /** Appends names separated by {@code separator}. */
        public Builder names(List<String> names, String separator) {
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    text(separator);
                }
                name(names.get(i));
            }
            return this;
        }

        /** The paragraph. */
        public Para build() {
            return new Para(spans);
        }
    }
}
