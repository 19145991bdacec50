package dev.coalition.rules.internal;

import dev.coalition.core.Suggestions;
import dev.coalition.rules.api.PolicyDiagnostic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Drools' compile messages into diagnostics a rule author can act on: one line per mistake, at
 * the line and column of the mistake, naming what exists instead ("did you mean ...?"), without the
 * engine's internal names. An unknown field or fact type replaces the messages Drools adds for the
 * same rule because of it; a missing {@code )} is reported where it is missing, not at the next line;
 * a wrong import names the package that holds a type of that name.
 */
final class CompileMessages {

    /** How the diagnostic of an import that names no type starts. */
    static final String BAD_IMPORT = PolicyCompiler.IMPORT_PROBLEM;

    private static final Pattern UNKNOWN_FIELD =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
    private static final Pattern IMPORT_ERROR = Pattern.compile("Error importing : '([\\w.$*]+)'");
    private static final Pattern PARSER_ERROR = Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+) ");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?!function\\s|accumulate\\s)([\\w.$]+(?:\\.\\*)?)\\s*;?");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    /** What Drools adds, in the same rule, because of an unknown field or type. */
    private static final List<String> FOLLOW_UPS = List.of("cannot be resolved to a variable", "Field Reader does not exist",
            "Unable to Analyse Expression", "Unable to resolve ObjectType", "unable to resolve method");

    private CompileMessages() {
    }

    /**
     * The readable diagnostics of Drools' messages.
     *
     * @param raw      Drools' messages, each at its file, line and rule
     * @param drls     the files compiled, by name
     * @param outlines their outlines, by name
     */
    static List<PolicyDiagnostic> readable(List<PolicyDiagnostic> raw, Map<String, PolicySource> drls,
                                           Map<String, DrlOutline> outlines) {
        List<PolicyDiagnostic> readable = new ArrayList<>();
        Set<String> explainedRules = new LinkedHashSet<>();
        Set<String> parenReported = new LinkedHashSet<>();
        List<PolicyDiagnostic> rest = new ArrayList<>();
        for (PolicyDiagnostic d : raw) {
            PolicySource source = drls.get(d.file());
            Optional<PolicyDiagnostic> better = source == null ? Optional.empty() : explain(d, source, drls);
            Optional<ParenCheck.Problem> paren = source != null && PARSER_ERROR.matcher(d.message()).find()
                    ? ParenCheck.of(source.text()) : Optional.empty();
            if (better.isPresent()) {
                readable.add(better.get());
                if (d.rule() != null) {
                    explainedRules.add(d.file() + "\u0000" + d.rule());
                }
            } else if (paren.isPresent()) {
                // the parser notices a missing ')' at the next token; report the line where it is missing, once
                if (parenReported.add(d.file())) {
                    DrlOutline outline = outlines.get(d.file());
                    readable.add(new PolicyDiagnostic(d.file(), paren.get().line(), paren.get().column(),
                            outline == null ? null : outline.ruleAt(paren.get().line()), paren.get().message()));
                }
            } else {
                rest.add(d);
            }
        }
        for (PolicyDiagnostic d : rest) {
            boolean followUp = d.rule() != null && explainedRules.contains(d.file() + "\u0000" + d.rule())
                    && FOLLOW_UPS.stream().anyMatch(d.message()::contains);
            if (!followUp) {
                readable.add(cleaned(d));
            }
        }
        return readable;
    }

    private static Optional<PolicyDiagnostic> explain(PolicyDiagnostic d, PolicySource source, Map<String, PolicySource> drls) {
        Matcher field = UNKNOWN_FIELD.matcher(d.message());
        if (field.find()) {
            String type = field.group(1).replace('$', '.');
            String name = field.group(2);
            List<String> fields = LibraryTypes.fieldsOf(field.group(1));
            String message = LibraryTypes.simpleNameOf(type) + " has no field \"" + name + "\""
                    + Suggestions.closest(name, fields).map(f -> " (did you mean " + f + "?)").orElse("")
                    + (fields.isEmpty() ? "" : "; its fields are " + String.join(", ", fields));
            return Optional.of(new PolicyDiagnostic(d.file(), d.line(), columnOf(source.text(), d.line(), name), d.rule(), message));
        }
        Matcher type = UNKNOWN_TYPE.matcher(d.message());
        if (type.find()) {
            return Optional.of(new PolicyDiagnostic(d.file(), d.line(), columnOf(source.text(), d.line(), type.group(1)), d.rule(),
                    unknownType(type.group(1), source, drls)));
        }
        Matcher badImport = IMPORT_ERROR.matcher(d.message());
        if (badImport.find()) {
            return Optional.of(badImport(d, badImport.group(1), source, drls));
        }
        return Optional.empty();
    }

    private static String unknownType(String name, PolicySource source, Map<String, PolicySource> drls) {
        Set<String> imported = importsOfPackage(source, drls);
        Set<String> packages = new TreeSet<>();
        for (String i : importsOf(source)) {
            packages.add(i.endsWith(".*") ? i.substring(0, i.length() - 2) : LibraryTypes.packageOf(i));
        }
        packages.removeIf(p -> !p.startsWith("dev.coalition."));
        List<String> available = new ArrayList<>();
        for (String p : packages) {
            LibraryTypes.inPackage(p).forEach(simple -> available.add(p + "." + simple));
        }
        Optional<String> nearest = Suggestions.closest(name, available.stream().map(LibraryTypes::simpleNameOf).toList())
                .flatMap(simple -> available.stream().filter(q -> LibraryTypes.simpleNameOf(q).equals(simple)).findFirst());
        if (nearest.isEmpty()) {
            nearest = Suggestions.closest(name, LibraryTypes.all().stream().map(LibraryTypes::simpleNameOf).toList())
                    .flatMap(simple -> LibraryTypes.named(simple).stream().findFirst());
        }
        String suggestion = nearest.map(q -> " (did you mean " + LibraryTypes.simpleNameOf(q) + "?"
                + (isImported(q, imported) ? "" : " add import " + q + ";") + ")").orElse("");
        return "unknown fact type \"" + name + "\"" + suggestion + (packages.isEmpty() ? "" : "; the imported packages "
                + String.join(", ", packages) + " hold " + String.join(", ", available.stream().map(LibraryTypes::simpleNameOf).toList()));
    }

    private static boolean isImported(String qualifiedName, Set<String> imported) {
        return imported.contains(qualifiedName) || imported.contains(LibraryTypes.packageOf(qualifiedName) + ".*");
    }

    private static PolicyDiagnostic badImport(PolicyDiagnostic d, String name, PolicySource source, Map<String, PolicySource> drls) {
        String simple = LibraryTypes.simpleNameOf(name);
        List<String> holders = LibraryTypes.named(simple);
        String hint;
        if (!holders.isEmpty()) {
            hint = simple + " is in " + String.join(" and ", holders.stream().map(LibraryTypes::packageOf).toList()) + " (import "
                    + holders.get(0) + ";)";
        } else {
            hint = "the library has no type named " + simple + Suggestions.closest(simple,
                    LibraryTypes.all().stream().map(LibraryTypes::simpleNameOf).toList())
                    .map(s -> " (did you mean " + LibraryTypes.named(s).get(0) + "?)").orElse("");
        }
        String message = BAD_IMPORT + name + ": there is no such type; " + hint;
        for (PolicySource file : candidates(source, drls)) {
            int line = importLine(file.text(), name);
            if (line > 0) {
                String text = file.text().split("\r?\n", -1)[line - 1];
                return new PolicyDiagnostic(file.fileName(), line, text.indexOf(name) + 1, null, message);
            }
        }
        return new PolicyDiagnostic(d.file(), d.line(), 0, d.rule(), message);
    }

    private static List<PolicySource> candidates(PolicySource first, Map<String, PolicySource> drls) {
        List<PolicySource> all = new ArrayList<>();
        all.add(first);
        drls.values().stream().filter(f -> f != first).forEach(all::add);
        return all;
    }

    private static int importLine(String text, String name) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = IMPORT.matcher(lines[i]);
            if (m.find() && m.group(1).equals(name)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The imports of every file in the same package as this one (Drools shares them across the package). */
    private static Set<String> importsOfPackage(PolicySource source, Map<String, PolicySource> drls) {
        String pkg = packageOf(source.text());
        Set<String> imports = new TreeSet<>(importsOf(source));
        for (PolicySource file : drls.values()) {
            if (packageOf(file.text()).equals(pkg)) {
                imports.addAll(importsOf(file));
            }
        }
        return imports;
    }

    /** The types and packages a file imports, in file order. */
    private static List<String> importsOf(PolicySource file) {
        List<String> imports = new ArrayList<>();
        for (String line : file.text().split("\r?\n")) {
            Matcher m = IMPORT.matcher(line);
            if (m.find()) {
                imports.add(m.group(1));
            }
        }
        return imports;
    }

    private static String packageOf(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1) : "";
    }

    /** The column (from 1) of a word on a line, or 0 when it is not there. */
    private static int columnOf(String text, int line, String word) {
        String[] lines = text.split("\r?\n", -1);
        if (line < 1 || line > lines.length) {
            return 0;
        }
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])").matcher(lines[line - 1]);
        return m.find() ? m.start() + 1 : 0;
    }

    /** A Drools message without the engine's codes and class names. */
    static PolicyDiagnostic cleaned(PolicyDiagnostic d) {
        String message = d.message();
        int column = d.column();
        Matcher parser = PARSER_ERROR.matcher(message);
        if (parser.find()) {
            column = Integer.parseInt(parser.group(2)) + 1;
            message = message.substring(parser.end());
        }
        message = message.replace("Rule Compilation error ", "")
                .replaceAll(" in rule \"(?:[^\"\\\\]|\\\\.)*\"", "")
                .replaceAll(" ?\\[Near : \\{.*?\\}\\]", "")
                .replaceAll(" ?\\^? ?\\[Line: \\d+, Column: \\d+\\]", "")
                .replaceAll("\\[Error: (.*?)\\]", "$1")
                .replaceAll("org\\.(?:drools|kie|mvel2|antlr)\\.[\\w.$]*", "the rule engine")
                .strip();
        return new PolicyDiagnostic(d.file(), d.line(), column, d.rule(), message.isEmpty() ? "compilation error" : message);
    }
}
