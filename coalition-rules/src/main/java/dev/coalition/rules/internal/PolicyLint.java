package dev.coalition.rules.internal;

import dev.coalition.rules.api.PolicyCompilationException;
import dev.coalition.rules.api.PolicyDiagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses Java a policy has no business using, before Drools compiles it: only the library's types
 * ({@code dev.coalition.**}) and the value types of {@link AllowedJava#TYPES} may be named, in
 * imports, conditions, consequences and functions; I/O, reflection, threads, processes,
 * {@code System}, class loading and the network are refused with a reason of their own. The check
 * reads the code with comments and string literals skipped ({@link DrlCode}), so a word in a
 * reason sentence or a comment is no violation.
 *
 * <p>A DRL file is code that runs in the host's JVM: this lint is defence in depth against a
 * mistake or a careless copy, not a sandbox against a hostile author.
 */
public final class PolicyLint {

    private static final Pattern CHAIN = Pattern.compile("(?<![\\w$])[A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*");
    private static final Pattern DOT = Pattern.compile("\\s*\\.\\s*");
    private static final Pattern IMPORT = Pattern.compile(
            "(?m)^\\s*import\\s+(?:(function|static|accumulate)\\s+)?([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)(\\s*\\.\\s*\\*)?");
    private static final Pattern DECLARE = Pattern.compile("\\bdeclare\\s+(?:trait\\s+|enum\\s+|window\\s+)?([A-Za-z_$][\\w$]*)");
    private static final Set<String> NAMING = Set.of("rule", "query", "declare", "trait", "enum", "window", "package");
    private static final String ADVICE = "; compute what the rules need in Java and insert it as a fact "
            + "(README, \"Policy files are code\")";

    private PolicyLint() {
    }

    /**
     * If any of the files uses Java it may not, throws with those refusals and the problems found
     * so far, so that Drools never compiles the file.
     *
     * @param drls     the DRL files about to be compiled, in load order
     * @param problems problems already found in them, reported with the refusals
     * @throws PolicyCompilationException listing every problem, refusals included
     */
    public static void refuseUnsafe(List<PolicySource> drls, List<PolicyDiagnostic> problems) {
        List<PolicyDiagnostic> refused = check(drls);
        if (!refused.isEmpty()) {
            List<String> order = drls.stream().map(PolicySource::fileName).toList();
            List<PolicyDiagnostic> all = new ArrayList<>(problems);
            all.addAll(refused);
            throw new PolicyCompilationException(all.stream().distinct()
                    .sorted(Comparator.comparingInt((PolicyDiagnostic d) -> order.indexOf(d.file()))
                            .thenComparingInt(PolicyDiagnostic::line))
                    .toList());
        }
    }

    /** Every refusal in the files, in load order and by line. */
    public static List<PolicyDiagnostic> check(List<PolicySource> drls) {
        List<PolicyDiagnostic> refused = new ArrayList<>();
        drls.forEach(drl -> refused.addAll(check(drl)));
        return List.copyOf(refused);
    }

    /** Every refusal in one DRL file, by line; each use once, with the rule it is in. */
    public static List<PolicyDiagnostic> check(PolicySource drl) {
        DrlOutline outline = DrlOutline.of(drl);
        Set<PolicyDiagnostic> refused = new LinkedHashSet<>();
        for (String code : DrlCode.readings(drl.text())) {
            for (Finding f : findings(code)) {
                int line = DrlCode.lineAt(code, f.position());
                refused.add(new PolicyDiagnostic(drl.fileName(), line, outline.ruleAt(line), f.message()));
            }
        }
        return refused.stream().sorted(Comparator.comparingInt(PolicyDiagnostic::line)).toList();
    }

    /** One refused use: where it starts in the code, and the message. */
    private record Finding(int position, String message) {
    }

    private static List<Finding> findings(String code) {
        List<Finding> found = new ArrayList<>();
        Set<String> imported = new HashSet<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            String name = DOT.matcher(imports.group(2)).replaceAll(".");
            if (imports.group(3) != null) {
                if (!(name + ".").startsWith(AllowedJava.LIBRARY)) {
                    found.add(new Finding(imports.start(2), "import " + name + ".* is refused: import each type by name "
                            + "(e.g. import java.util.List;) so that every type the policy uses can be checked against the "
                            + "allow-list (the library's types, dev.coalition.**, and " + AllowedJava.LIST + ")"));
                }
            } else if (imports.group(1) == null) {
                imported.add(name.substring(name.lastIndexOf('.') + 1));
            }
        }
        Set<String> declared = new HashSet<>();
        Matcher declarations = DECLARE.matcher(code);
        while (declarations.find()) {
            declared.add(declarations.group(1));
        }
        Matcher chains = CHAIN.matcher(code);
        while (chains.find()) {
            String[] parts = DOT.split(chains.group());
            int start = chains.start();
            char before = previousChar(code, start);
            int members = 1;
            if (before == '.') {
                members = 0;
            } else if (before == '@' || NAMING.contains(previousWord(code, start))) {
                continue;
            } else if (Character.isUpperCase(parts[0].charAt(0))) {
                if (!imported.contains(parts[0]) && !declared.contains(parts[0])) {
                    AllowedJava.javaLangType(parts[0]).ifPresent(type ->
                            refuse(found, start, parts[0], AllowedJava.refusalOf(type)));
                }
            } else if (Character.isLowerCase(parts[0].charAt(0))) {
                int type = firstCapitalised(parts);
                if (type > 0) {
                    String name = String.join(".", java.util.Arrays.copyOfRange(parts, 0, type + 1));
                    refuse(found, start, name, AllowedJava.refusalOf(name));
                    members = type + 1;
                } else if (!parts[0].equals("class")) {
                    members = 0;
                }
            }
            for (int i = members; i < parts.length; i++) {
                AllowedJava.Refusal refusal = AllowedJava.MEMBERS.get(parts[i]);
                if (refusal != null) {
                    refuse(found, start, parts[i].equals("class") ? ".class" : parts[i], Optional.of(refusal));
                }
            }
        }
        return found;
    }

    private static void refuse(List<Finding> found, int position, String name, Optional<AllowedJava.Refusal> refusal) {
        refusal.ifPresent(r -> found.add(new Finding(position, r == AllowedJava.OTHER
                ? name + " is refused: " + r.why() + ADVICE
                : name + " is refused: a policy may not use " + r.what() + ", as " + r.why() + ADVICE)));
    }

    private static int firstCapitalised(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            if (Character.isUpperCase(parts[i].charAt(0))) {
                return i;
            }
        }
        return -1;
    }

    private static char previousChar(String code, int position) {
        int i = position - 1;
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        return i < 0 ? '\0' : code.charAt(i);
    }

    private static String previousWord(String code, int position) {
        int end = position;
        while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && (Character.isLetterOrDigit(code.charAt(begin - 1)) || code.charAt(begin - 1) == '_')) {
            begin--;
        }
        return code.substring(begin, end);
    }
}
