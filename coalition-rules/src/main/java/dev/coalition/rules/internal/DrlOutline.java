package dev.coalition.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a DRL file declares, read line by line before compiling: its rules (name, line, id) and
 * the settings it reads. Used to check a policy beyond what Drools checks, and to name the rule a
 * compile error belongs to.
 */
record DrlOutline(String fileName, List<RuleDeclaration> rules, List<SettingReference> settings) {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");
    private static final Pattern ID = Pattern.compile("@id\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern SOURCE = Pattern.compile("@source\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
    private static final Pattern END = Pattern.compile("(?:^|[\\s;)])end\\s*$");   // "end" closing a line
    private static final Pattern SETTING = Pattern.compile("\\b(number|integer|domains|words|line)\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    /** A rule in the file; {@code id} and {@code source} are its {@code @id} and {@code @source}, or {@code null}. */
    record RuleDeclaration(String name, int line, int endLine, String id, String source) {
    }

    /** A call that reads a setting; {@code column} is where its name starts, from 1. */
    record SettingReference(String accessor, String name, int line, int column) {
    }

    static DrlOutline of(PolicySource source) {
        List<RuleDeclaration> rules = new ArrayList<>();
        List<SettingReference> settings = new ArrayList<>();
        String[] lines = source.text().split("\r?\n", -1);
        String currentName = null;
        int currentLine = 0;
        String currentId = null;
        String currentSource = null;
        boolean inBlockComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String code = stripComments(line, inBlockComment);
            inBlockComment = endsInBlockComment(line, inBlockComment);
            Matcher rule = RULE.matcher(code);
            if (currentName == null && rule.find()) {
                currentName = rule.group(2) != null ? rule.group(2) : rule.group(3) != null ? rule.group(3) : rule.group(4);
                currentLine = i + 1;
                currentId = null;
                currentSource = null;
                // the rest of the line may hold the rule's metadata and conditions: rule "Name" @id("x") when ...
                String blank = " ".repeat(rule.end());
                code = blank + code.substring(rule.end());
                line = blank + line.substring(Math.min(line.length(), rule.end()));
            }
            if (currentName != null) {
                Matcher id = ID.matcher(code);
                if (currentId == null && id.find()) {
                    currentId = id.group(1);
                }
                Matcher sourceTag = SOURCE.matcher(line);   // the raw line: the source is a string literal
                if (currentSource == null && sourceTag.find() && code.contains("@source")) {
                    currentSource = sourceTag.group(1).replace("\\\"", "\"");
                }
                if (END.matcher(code).find()) {
                    rules.add(new RuleDeclaration(currentName, currentLine, i + 1, currentId, currentSource));
                    currentName = null;
                }
            }
            Matcher setting = SETTING.matcher(code);
            while (setting.find()) {
                settings.add(new SettingReference(setting.group(1), setting.group(2), i + 1, setting.start(2) + 1));
            }
        }
        if (currentName != null) {
            rules.add(new RuleDeclaration(currentName, currentLine, lines.length, currentId, currentSource));
        }
        return new DrlOutline(source.fileName(), List.copyOf(rules), List.copyOf(settings));
    }

    /** The name of the rule that contains a line, or {@code null}. */
    String ruleAt(int line) {
        for (RuleDeclaration rule : rules) {
            if (line >= rule.line() && line <= rule.endLine()) {
                return rule.name();
            }
        }
        return null;
    }

    /** The line with its comments blanked out: a block comment becomes spaces, so columns stay where they were. */
    private static String stripComments(String line, boolean inBlockComment) {
        StringBuilder code = new StringBuilder();
        boolean inString = false;
        boolean block = inBlockComment;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (block) {
                code.append(' ');
                if (c == '*' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                    block = false;
                    code.append(' ');
                    i++;
                }
                continue;
            }
            if (!inString && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            }
            if (!inString && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
                block = true;
                code.append("  ");
                i++;
                continue;
            }
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                inString = !inString;
            }
            code.append(c);
        }
        return code.toString();
    }

    private static boolean endsInBlockComment(String line, boolean inBlockComment) {
        boolean block = inBlockComment;
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (block) {
                if (c == '*' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                    block = false;
                    i++;
                }
                continue;
            }
            if (!inString && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return false;
            }
            if (!inString && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
                block = true;
                i++;
                continue;
            }
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                inString = !inString;
            }
        }
        return block;
    }
}
