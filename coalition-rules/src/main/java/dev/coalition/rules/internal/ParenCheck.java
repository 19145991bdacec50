package dev.coalition.rules.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds the first unbalanced parenthesis in the conditions ({@code when} parts) of a DRL file, by
 * line and column: where a {@code )} is missing, not where the parser noticed (the next line).
 */
final class ParenCheck {

    /**
     * An unbalanced parenthesis.
     *
     * @param line    the line, from 1
     * @param column  the column, from 1
     * @param message what is wrong, in words
     */
    record Problem(int line, int column, String message) {
    }

    private ParenCheck() {
    }

    /** The first unbalanced parenthesis in a {@code when} part, if any. */
    static Optional<Problem> of(String drl) {
        // comments and string literals blanked, each character in its line and column
        String[] lines = DrlCode.of(drl, false, false).split("\r?\n", -1);
        boolean inWhen = false;
        Deque<int[]> open = new ArrayDeque<>();
        for (int i = 0; i < lines.length; i++) {
            String code = lines[i];
            String word = code.strip();
            if (word.equals("when") || word.startsWith("when ")) {
                inWhen = true;
                open.clear();
                int after = code.indexOf("when") + 4;
                code = " ".repeat(after) + code.substring(after);
            } else if (inWhen && (word.equals("then") || word.equals("end") || word.startsWith("rule ")) && !open.isEmpty()) {
                int[] unclosed = open.pop();
                return Optional.of(new Problem(unclosed[0], lines[unclosed[0] - 1].stripTrailing().length() + 1,
                        "missing ')': the '(' at column " + unclosed[1] + " is not closed before '" + word.split("\\s")[0]
                                + "'; close the pattern with ')'"));
            }
            if (word.equals("then") || word.equals("end")) {
                inWhen = false;
                continue;
            }
            if (!inWhen) {
                continue;
            }
            for (int c = 0; c < code.length(); c++) {
                int column = c + 1;
                if (code.charAt(c) == '(') {
                    open.push(new int[] {i + 1, column});
                } else if (code.charAt(c) == ')') {
                    if (open.isEmpty()) {
                        return Optional.of(new Problem(i + 1, column, "unexpected ')': no '(' is open here; remove it or add "
                                + "the '(' it closes"));
                    }
                    open.pop();
                }
            }
        }
        return Optional.empty();
    }
}
