package dev.coalition.rules.internal;

/**
 * The code of a DRL file: its text with every comment ({@code //}, {@code /* ... *}{@code /}) and
 * every string literal ({@code "..."}, {@code '...'}) blanked out by spaces, line breaks kept, so
 * that a position in the code is the same position in the file. What a policy says in a comment,
 * a rule name or a reason sentence is text, not code, and a check of the code must not see it.
 *
 * <p>Where DRL's dialects may disagree on what is a comment or a literal ({@code #} line comments,
 * a string literal that runs over a line break), {@link #readings(String)} gives the code under
 * each reading: a check that looks at every reading sees all the code any of them runs.
 */
final class DrlCode {

    private DrlCode() {
    }

    /** The code under every reading: with and without {@code #} comments, with and without string literals over line breaks. */
    static java.util.List<String> readings(String text) {
        return java.util.List.of(of(text, false, true), of(text, false, false), of(text, true, true), of(text, true, false))
                .stream().distinct().toList();
    }

    /** The text with {@code //} and block comments and string literals replaced by spaces (line breaks kept). */
    static String of(String text) {
        return of(text, false, true);
    }

    /**
     * The text with comments and string literals replaced by spaces (line breaks kept).
     *
     * @param hashComments     whether {@code #} starts a line comment
     * @param multiLineStrings whether a string literal runs on over a line break until its closing quote
     */
    static String of(String text, boolean hashComments, boolean multiLineStrings) {
        StringBuilder code = new StringBuilder(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : '\0';
            if ((c == '/' && next == '/') || (hashComments && c == '#')) {
                i = blank(code, i, lineEnd(text, i));
            } else if (c == '/' && next == '*') {
                int close = text.indexOf("*/", i + 2);
                i = blank(code, i, close < 0 ? n : close + 2);
            } else if (c == '"' || c == '\'') {
                i = blank(code, i, literalEnd(text, i, c, multiLineStrings));
            } else {
                i++;
            }
        }
        return code.toString();
    }

    /** The 1-based line of a position. */
    static int lineAt(String text, int position) {
        int line = 1;
        for (int i = 0; i < position && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** The position after a literal opened by {@code quote} at {@code start}; an unclosed one ends with its line. */
    private static int literalEnd(String text, int start, char quote, boolean multiLine) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n' && !multiLine) {
                return i;
            }
        }
        return text.length();
    }

    private static int blank(StringBuilder code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (code.charAt(i) != '\n' && code.charAt(i) != '\r') {
                code.setCharAt(i, ' ');
            }
        }
        return to;
    }
}
