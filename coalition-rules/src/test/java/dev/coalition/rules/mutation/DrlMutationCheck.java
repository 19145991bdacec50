package dev.coalition.rules.mutation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The DRL mutation check (README, "Test strength"): makes one mutant of the bundled policy at a
 * time and runs the rules' tests of the mutant's decision area against it; a mutant is caught
 * ("killed") when some test fails.
 *
 * <p>Mutants: every comparison operator in a rule's conditions (between {@code when} and
 * {@code then}, outside strings and comments) flipped, {@code <} &harr; {@code <=}, {@code >}
 * &harr; {@code >=}, {@code ==} &harr; {@code !=}; and every number setting's default in
 * {@code *.settings.properties} shifted, an integer by &plusmn;1 and a decimal by &plusmn;10%.
 *
 * <p>How a mutant reaches the tests: each mutant gets a class loader of its own that holds the
 * rules module's classes and test classes behind a directory with the one mutated policy file, so
 * the advisor reads the mutant where it reads the bundled file. A mutated DRL file no longer has
 * the fingerprint of the pre-built model, so the advisor compiles the area from the mutated DRL;
 * a mutated settings file changes only the settings. Drools, JUnit and coalition-core sit in a
 * parent loader shared by every mutant. A mutant the advisor refuses to build (a setting outside
 * its range, DRL that does not compile) is "not viable" and left out of the share.
 *
 * <p>The tests run are the area's test classes ({@code Governance*Test}, {@code Value*Test},
 * {@code Voting*Test}, {@code Conflict*Test}), one class after another, stopping at the first
 * failure; the meta-tests that compare the DRL text with its pre-built classes or list the rules
 * would catch every mutant without judging behaviour, so they are not run. Arguments: the rules
 * module's classes and test classes, the bundled policy directory and the report file. System
 * property {@code drl.mutation.only}: comma-separated parts of mutant names to run only those.
 */
public final class DrlMutationCheck {

    private static final String POLICIES = "dev/coalition/policies/";
    private static final List<String> AREAS = List.of("governance", "value", "voting", "conflict");
    private static final Pattern SETTING = Pattern.compile("^([a-zA-Z][\\w.]*?)\\s*=\\s*(\\S+)\\s*$");

    /** One mutant: a name that says what changed, the file, its mutated text and the area whose tests judge it. */
    record Mutant(String name, String file, String content, String area) {
    }

    private final Path classes;
    private final Path testClasses;
    private final URLClassLoader shared;
    private final Map<String, List<String>> testsByArea = new LinkedHashMap<>();

    private DrlMutationCheck(Path classes, Path testClasses) throws IOException {
        this.classes = classes;
        this.testClasses = testClasses;
        List<URL> rest = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath().normalize();
            if (!p.equals(classes) && !p.equals(testClasses)) {
                rest.add(url(p));
            }
        }
        this.shared = new URLClassLoader(rest.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        for (String area : AREAS) {
            String prefix = Character.toUpperCase(area.charAt(0)) + area.substring(1);
            try (Stream<Path> files = Files.list(testClasses.resolve("dev/coalition/rules"))) {
                testsByArea.put(area, files.map(f -> f.getFileName().toString())
                        .filter(n -> n.startsWith(prefix) && n.endsWith("Test.class"))
                        .sorted().map(n -> "dev.coalition.rules." + n.substring(0, n.length() - ".class".length())).toList());
            }
        }
    }

    /**
     * Runs the check.
     *
     * @param args the rules module's classes directory, its test classes directory, the bundled
     *             policy source directory and the report file
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: DrlMutationCheck CLASSES TEST_CLASSES POLICY_DIR REPORT_FILE");
        }
        DrlMutationCheck check = new DrlMutationCheck(Path.of(args[0]).toAbsolutePath().normalize(),
                Path.of(args[1]).toAbsolutePath().normalize());
        List<Mutant> mutants = mutants(Path.of(args[2]));
        String only = System.getProperty("drl.mutation.only", "");
        if (!only.isBlank()) {
            List<String> parts = Arrays.stream(only.split(",")).map(String::strip).toList();
            mutants = mutants.stream().filter(m -> parts.stream().anyMatch(m.name()::contains)).toList();
        }
        Path report = Path.of(args[3]);
        Files.createDirectories(report.toAbsolutePath().getParent());
        try (PrintStream out = new PrintStream(Files.newOutputStream(report), true, StandardCharsets.UTF_8)) {
            check.run(mutants, new Tee(System.out, out));
        }
    }

    private void run(List<Mutant> mutants, Tee out) throws Exception {
        for (String area : AREAS) {
            String failure = runTests(null, area);
            if (failure != null) {
                throw new IllegalStateException("the " + area + " tests fail without a mutant: " + failure);
            }
        }
        out.line("DRL mutation check: " + mutants.size() + " mutants; tests per area: " + testsByArea);
        int killed = 0;
        int survived = 0;
        int notViable = 0;
        long start = System.nanoTime();
        for (Mutant mutant : mutants) {
            String verdict;
            try {
                String failure = runTests(mutant, mutant.area());
                if (failure == null) {
                    survived++;
                    verdict = "SURVIVED   " + mutant.name();
                } else {
                    killed++;
                    verdict = "KILLED     " + mutant.name() + "  by " + failure;
                }
            } catch (NotViable e) {
                notViable++;
                verdict = "NOT VIABLE " + mutant.name() + "  (" + e.getMessage() + ")";
            }
            out.line(verdict);
        }
        int judged = killed + survived;
        out.line(String.format("DRL mutation check: %d of %d viable mutants killed (%s%%), %d survived, %d not viable, %d s",
                killed, judged, judged == 0 ? "-" : BigDecimal.valueOf(100L * killed).divide(BigDecimal.valueOf(judged), 1, RoundingMode.HALF_UP),
                survived, notViable, (System.nanoTime() - start) / 1_000_000_000L));
    }

    /** Runs the area's tests in a loader of their own, reading the mutant's file if there is one; the first failure, or null. */
    private String runTests(Mutant mutant, String area) throws Exception {
        Path shadow = Files.createTempDirectory("drl-mutant");
        try {
            if (mutant != null) {
                Path file = shadow.resolve(POLICIES + mutant.file());
                Files.createDirectories(file.getParent());
                Files.writeString(file, mutant.content());
            }
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            try (URLClassLoader loader = new URLClassLoader(new URL[] {url(shadow), url(classes), url(testClasses)}, shared)) {
                Thread.currentThread().setContextClassLoader(loader);
                if (mutant != null) {
                    buildAdvisor(loader, area);
                }
                return (String) loader.loadClass(MutantRun.class.getName()).getMethod("run", List.class)
                        .invoke(null, testsByArea.get(area));
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        } finally {
            try (Stream<Path> files = Files.walk(shadow)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Builds an advisor on the mutant and its area's knowledge base, as every test does; a refusal makes the mutant not viable. */
    private static void buildAdvisor(ClassLoader loader, String area) throws ReflectiveOperationException {
        Class<?> advisorType = loader.loadClass("dev.coalition.rules.api.CoalitionAdvisor");
        try {
            Object builder = advisorType.getMethod("builder").invoke(null);
            Object advisor = builder.getClass().getMethod("build").invoke(builder);
            advisorType.getMethod("prepare", String[].class).invoke(advisor, (Object) new String[] {area});
            advisorType.getMethod("close").invoke(advisor);
        } catch (InvocationTargetException e) {
            String message = String.valueOf(e.getCause().getMessage()).strip().replaceAll("\\s+", " ");
            throw new NotViable(message.length() > 160 ? message.substring(0, 160) + "..." : message);
        }
    }

    /** Every mutant of the policy files in the directory, in load order. */
    static List<Mutant> mutants(Path policyDirectory) throws IOException {
        List<Mutant> mutants = new ArrayList<>();
        for (String file : Files.readAllLines(policyDirectory.resolve("policies.index"))) {
            if (file.isBlank() || file.startsWith("#")) {
                continue;
            }
            String text = Files.readString(policyDirectory.resolve(file));
            mutants.addAll(file.endsWith(".drl") ? operatorMutants(file, text) : settingMutants(file, text));
        }
        return mutants;
    }

    /** One mutant per comparison operator in a rule's conditions. */
    static List<Mutant> operatorMutants(String file, String text) {
        String area = file.substring(0, file.indexOf('-'));
        List<Mutant> mutants = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean conditions = false;
        int offset = 0;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String trimmed = line.strip();
            if (trimmed.equals("when")) {
                conditions = true;
            } else if (trimmed.equals("then")) {
                conditions = false;
            } else if (conditions) {
                boolean inString = false;
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        inString = !inString;
                    }
                    if (inString) {
                        continue;
                    }
                    if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                        break;
                    }
                    String op = operatorAt(line, i);
                    if (op != null) {
                        String flipped = switch (op) {
                            case "<" -> "<=";
                            case "<=" -> "<";
                            case ">" -> ">=";
                            case ">=" -> ">";
                            case "==" -> "!=";
                            default -> "==";
                        };
                        int at = offset + i;
                        String content = text.substring(0, at) + flipped + text.substring(at + op.length());
                        mutants.add(new Mutant(file + ":" + (n + 1) + ":" + (i + 1) + " " + op + " -> " + flipped, file, content, area));
                        i += op.length() - 1;
                    }
                }
            }
            offset += line.length() + 1;
        }
        return mutants;
    }

    private static String operatorAt(String line, int i) {
        String two = i + 2 <= line.length() ? line.substring(i, i + 2) : "";
        if (two.equals("<=") || two.equals(">=") || two.equals("==") || two.equals("!=")) {
            return two;
        }
        char c = line.charAt(i);
        char before = i > 0 ? line.charAt(i - 1) : ' ';
        char after = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
        if ((c == '<' || c == '>') && before != '-' && before != '<' && before != '>' && after != '<' && after != '>' && after != '=') {
            return String.valueOf(c);
        }
        return null;
    }

    /** Two mutants per number setting: its default one step (integer) or 10% (decimal) down and up. */
    static List<Mutant> settingMutants(String file, String text) {
        Map<String, String> types = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = SETTING.matcher(line);
            if (m.matches() && m.group(1).endsWith(".type")) {
                types.put(m.group(1).substring(0, m.group(1).length() - ".type".length()), m.group(2));
            }
        }
        List<Mutant> mutants = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            Matcher m = SETTING.matcher(lines[n]);
            if (!m.matches() || !types.containsKey(m.group(1))) {
                continue;
            }
            String name = m.group(1);
            String type = types.get(name);
            if (!type.equals("integer") && !type.equals("decimal")) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(2));
            List<BigDecimal> shifted = switch (type) {
                case "integer" -> List.of(value.subtract(BigDecimal.ONE), value.add(BigDecimal.ONE));
                case "decimal" -> value.signum() == 0 ? List.of(new BigDecimal("0.05"))
                        : List.of(value.multiply(new BigDecimal("0.9")), value.multiply(new BigDecimal("1.1")));
                default -> List.of();
            };
            for (BigDecimal v : shifted) {
                String shown = v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
                String[] copy = lines.clone();
                copy[n] = name + " = " + shown;
                String area = name.substring(0, name.indexOf('.'));
                mutants.add(new Mutant(name + " " + m.group(2) + " -> " + shown, file, String.join("\n", copy), area));
            }
        }
        return mutants;
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mutant the advisor refuses to build. */
    private static final class NotViable extends RuntimeException {
        NotViable(String message) {
            super(message);
        }
    }

    /** Writes each line to the console and the report. */
    private record Tee(PrintStream console, PrintStream report) {
        void line(String text) {
            console.println(text);
            report.println(text);
        }
    }
}
