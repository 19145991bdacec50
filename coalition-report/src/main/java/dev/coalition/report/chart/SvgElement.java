package dev.coalition.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One SVG (or XML) element built in memory and written with every attribute value and every text
 * escaped: the only way the chart layer produces markup. Names of elements and attributes are
 * checked against a fixed pattern, so that no name taken from a document can become markup either.
 *
 * <pre>{@code
 * SvgElement svg = SvgElement.of("svg").attr("viewBox", "0 0 100 20");
 * svg.add("text").attr("x", 4).attr("y", 14).text("<Acme & Co>");
 * svg.render(); // <svg viewBox="0 0 100 20"><text x="4" y="14">&lt;Acme &amp; Co&gt;</text></svg>
 * }</pre>
 */
public final class SvgElement {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9:-]*");

    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Object> children = new ArrayList<>();

    private SvgElement(String name) {
        this.name = checkedName("element name", name);
    }

    /**
     * A new element without attributes or content.
     *
     * @param name the element's name, letters, digits, {@code :} and {@code -} only
     * @throws IllegalArgumentException for any other name
     */
    public static SvgElement of(String name) {
        return new SvgElement(name);
    }

    /** The element's name. */
    public String name() {
        return name;
    }

    /**
     * Sets an attribute; its value is escaped when written.
     *
     * @throws IllegalArgumentException for an attribute name outside letters, digits, {@code :} and {@code -}
     * @throws NullPointerException     for a null value
     */
    public SvgElement attr(String attribute, String value) {
        attributes.put(checkedName("attribute name", attribute),
                Objects.requireNonNull(value, () -> "value of attribute " + attribute + ": give a text, not null"));
        return this;
    }

    /** Sets a numeric attribute, written with at most two decimals and a point whatever the locale. */
    public SvgElement attr(String attribute, double value) {
        return attr(attribute, number(value));
    }

    /** The attribute's value as set, or {@code null} when it is not set. */
    public String attribute(String attribute) {
        return attributes.get(attribute);
    }

    /** Appends a child element and returns it, to be filled in. */
    public SvgElement add(String childName) {
        SvgElement child = new SvgElement(childName);
        children.add(child);
        return child;
    }

    /** Appends an element built elsewhere and returns this element. */
    public SvgElement append(SvgElement child) {
        children.add(Objects.requireNonNull(child, "child"));
        return this;
    }

    /** Appends text content, escaped when written, and returns this element. */
    public SvgElement text(String text) {
        children.add(Objects.requireNonNull(text, "text"));
        return this;
    }

    /** The child elements, in order (text content left out). */
    public List<SvgElement> elements() {
        return children.stream().filter(SvgElement.class::isInstance).map(SvgElement.class::cast).toList();
    }

    /** The element as markup, every value and text escaped. */
    public String render() {
        StringBuilder out = new StringBuilder();
        write(out);
        return out.toString();
    }

    private void write(StringBuilder out) {
        out.append('<').append(name);
        attributes.forEach((key, value) -> out.append(' ').append(key).append("=\"").append(escape(value)).append('"'));
        if (children.isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        for (Object child : children) {
            if (child instanceof SvgElement element) {
                element.write(out);
            } else {
                out.append(escape((String) child));
            }
        }
        out.append("</").append(name).append('>');
    }

    /**
     * Escapes text for element content and for double-quoted attribute values: {@code & < > " '}
     * become entities, and control characters that XML does not allow are left out.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A coordinate or length with at most two decimals, without trailing zeros: 12, 12.5, 0.33. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value: " + value + " is not a finite number; give a finite coordinate or length");
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String text = rounded.signum() == 0 ? "0" : rounded.toPlainString();
        return text;
    }

    private static String checkedName(String what, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(what + ": \"" + name + "\" is not allowed; use letters, digits, ':' and '-', "
                    + "starting with a letter");
        }
        return name;
    }
}
