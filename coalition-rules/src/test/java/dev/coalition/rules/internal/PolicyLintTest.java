package dev.coalition.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.coalition.rules.api.PolicyCompilationException;
import dev.coalition.rules.api.PolicyDiagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lint refuses Java a policy may not use, in imports, conditions, consequences and functions,
 * naming file, line and rule and saying what is refused and why; a word in a string or a comment is
 * no violation, and the bundled policy passes.
 */
class PolicyLintTest {

    private static final String FILE = "governance-extra.drl";

    /** A file with one rule; {@code imports} go after the package, {@code when} and {@code then} into the rule. */
    private static String drl(String imports, String when, String then) {
        return """
                package dev.coalition.policies.governance;

                import dev.coalition.rules.governance.ModeChoice;
                %s

                rule "An extra rule"
                    @id("governance.extra")
                    @source("a test")
                when
                    $choice : ModeChoice( %s )
                then
                    %s
                end
                """.formatted(imports, when, then);
    }

    private static List<PolicyDiagnostic> lint(String text) {
        return PolicyLint.check(new PolicySource(FILE, text, FILE));
    }

    private static PolicyDiagnostic onlyRefusal(String text) {
        List<PolicyDiagnostic> refused = lint(text);
        assertThat(refused).as("refusals of\n" + text).hasSize(1);
        return refused.get(0);
    }

    @Test
    void theBundledPolicyPasses() {
        List<PolicySource> bundled = PolicySet.bundled().drlFiles();

        assertThat(bundled).hasSizeGreaterThan(20);
        assertThat(PolicyLint.check(bundled)).isEmpty();
    }

    @Test
    void anImportOfFileIoIsRefusedWithFileLineAndWhy() {
        PolicyDiagnostic refused = onlyRefusal(drl("import java.io.File;", "", "insert(new Object());"));

        assertThat(refused.file()).isEqualTo(FILE);
        assertThat(refused.line()).isEqualTo(4);
        assertThat(refused.rule()).isNull();
        assertThat(refused.message()).isEqualTo("java.io.File is refused: a policy may not use file and stream I/O (java.io, "
                + "java.nio), as it could read or write the host's files; compute what the rules need in Java and insert it "
                + "as a fact (README, \"Policy files are code\")");
    }

    @Test
    void systemInAConsequenceIsRefusedNamingTheRule() {
        PolicyDiagnostic refused = onlyRefusal(drl("", "", "System.out.println($choice);"));

        assertThat(refused.line()).isEqualTo(12);
        assertThat(refused.rule()).isEqualTo("An extra rule");
        assertThat(refused.message()).startsWith("System is refused: a policy may not use System, as it could read the host's "
                + "environment and properties, write to its streams or stop the JVM");
        assertThat(refused.toString()).startsWith(FILE + ":12: rule \"An extra rule\": System is refused");
    }

    @Test
    void eachKindOfRefusedJavaHasItsOwnReason() {
        assertThat(onlyRefusal(drl("", "", "java.nio.file.Files.delete(null);")).message())
                .startsWith("java.nio.file.Files is refused: a policy may not use file and stream I/O");
        assertThat(onlyRefusal(drl("", "", "new Thread(() -> {}).start();")).message())
                .startsWith("Thread is refused: a policy may not use threads (Thread, java.util.concurrent, executors), "
                        + "as it could run code outside the decision that outlives it");
        assertThat(onlyRefusal(drl("import java.util.concurrent.Executors;", "", "insert(1);")).message())
                .startsWith("java.util.concurrent.Executors is refused: a policy may not use threads");
        assertThat(onlyRefusal(drl("", "", "new ProcessBuilder(\"ls\").start();")).message())
                .startsWith("ProcessBuilder is refused: a policy may not use processes (ProcessBuilder, Runtime, Process), "
                        + "as it could run programs on the host");
        assertThat(onlyRefusal(drl("", "", "Runtime.getRuntime().exec(\"ls\");")).message())
                .startsWith("Runtime is refused: a policy may not use processes");
        assertThat(onlyRefusal(drl("", "", "ClassLoader.getSystemClassLoader();")).message())
                .startsWith("ClassLoader is refused: a policy may not use class loading (ClassLoader), "
                        + "as it could load code the host did not choose");
        assertThat(onlyRefusal(drl("", "", "new java.net.URL(\"http://example.org\").openStream();")).message())
                .startsWith("java.net.URL is refused: a policy may not use the network (java.net), "
                        + "as it could send the host's data elsewhere");
        assertThat(onlyRefusal(drl("", "", "java.lang.reflect.Array.newInstance(null, 1);")).message())
                .startsWith("java.lang.reflect.Array is refused: a policy may not use reflection");
    }

    @Test
    void reflectionOnAnyObjectIsRefusedInConditionsAndConsequences() {
        assertThat(onlyRefusal(drl("", "this.getClass() != null", "insert(1);")).message())
                .startsWith("getClass is refused: a policy may not use reflection (java.lang.reflect, java.lang.invoke, Class, "
                        + "getClass, .class), as it could reach any class and member of the host, private ones included");
        assertThat(onlyRefusal(drl("", "", "insert($choice.getClass());")).message()).startsWith("getClass is refused");
        assertThat(onlyRefusal(drl("", "", "insert(String.class);")).message()).startsWith(".class is refused");
        assertThat(onlyRefusal(drl("", "", "insert(Class.forName(\"x.Y\"));")).message()).startsWith("Class is refused");
    }

    @Test
    void aTypeOutsideTheAllowListIsRefusedWithTheList() {
        PolicyDiagnostic refused = onlyRefusal(drl("import java.util.Random;", "", "insert(new Random().nextInt());"));

        assertThat(refused.line()).isEqualTo(4);
        assertThat(refused.message()).isEqualTo("java.util.Random is refused: a policy may use the library's types "
                + "(dev.coalition.**) and String, Math, the boxed numbers, BigDecimal, BigInteger, the java.time values, List, "
                + "Map, Set, Collection, Collections, Objects, Optional, Comparator, and to throw RuntimeException, "
                + "IllegalArgumentException, IllegalStateException, ArithmeticException, UnsupportedOperationException only; "
                + "compute what the rules need in Java and insert it as a fact (README, \"Policy files are code\")");
        assertThat(onlyRefusal(drl("", "", "insert(new java.util.Scanner(\"x\"));")).message())
                .startsWith("java.util.Scanner is refused: a policy may use the library's types");
    }

    @Test
    void aConsequenceMayThrowTheCommonUncheckedExceptionsButNotAnIoException() {
        assertThat(lint(drl("", "", "throw new IllegalStateException(\"no approval\", new RuntimeException(\"x\"));"))).isEmpty();
        assertThat(onlyRefusal(drl("", "", "throw new java.io.UncheckedIOException(null);")).message())
                .startsWith("java.io.UncheckedIOException is refused: a policy may not use file and stream I/O");
    }

    @Test
    void aWildcardImportOutsideTheLibraryIsRefused() {
        assertThat(onlyRefusal(drl("import java.util.*;", "", "insert(1);")).message())
                .startsWith("import java.util.* is refused: import each type by name (e.g. import java.util.List;)");
        assertThat(lint(drl("import dev.coalition.governance.*;", "", "insert(1);"))).isEmpty();
    }

    @Test
    void aFunctionIsCheckedToo() {
        String text = drl("", "", "insert(1);") + """

                function String home() {
                    return System.getProperty("user.home");
                }
                """;

        PolicyDiagnostic refused = onlyRefusal(text);
        assertThat(refused.line()).isEqualTo(16);
        assertThat(refused.message()).startsWith("System is refused");
    }

    @Test
    void wordsInStringsAndCommentsAreNoViolation() {
        String text = drl("""
                // this policy never uses java.io.File, System or Thread
                /* nor ProcessBuilder, Runtime.getRuntime(), getClass() or String.class */""",
                "mode != null",
                """
                // System.exit(0) would stop the host
                insert("System.exit(0); java.io.File; Thread; getClass(); Class.forName(\\"x\\")");
                insert('Runtime \\' ClassLoader');""");

        assertThat(lint(text)).isEmpty();
    }

    @Test
    void theAllowedJavaTypesPass() {
        String text = drl("""
                import java.math.BigDecimal;
                import java.time.LocalDate;
                import java.util.List;
                import java.util.Map;
                import java.util.Objects;""",
                "Objects.nonNull(mode)",
                """
                insert(List.of(Math.max(1, 2), Double.POSITIVE_INFINITY, Long.valueOf(3), new BigDecimal("1.5")));
                insert(Map.of("a", LocalDate.of(2024, 1, 1), "b", String.valueOf(java.time.Period.ofDays(1))));""");

        assertThat(lint(text)).isEmpty();
    }

    @Test
    void codeHiddenBehindAQuoteInAHashCommentIsStillSeen() {
        // whether '#' starts a comment or not, every reading of the code is checked
        String text = drl("", "", """
                # it's
                System.exit(0); // '""");

        assertThat(lint(text)).extracting(PolicyDiagnostic::message).anyMatch(m -> m.startsWith("System is refused"));
    }

    @Test
    void eachUseIsReportedOnceOnItsOwnLine() {
        String text = drl("import java.io.File;", "", """
                System.out.println(1);
                System.out.println(2);""");

        assertThat(lint(text)).extracting(PolicyDiagnostic::line).containsExactly(4, 12, 13);
    }

    @Test
    void refusalsStopTheCompileListedWithTheProblemsFoundSoFarInLoadOrderAndByLine() {
        PolicySource first = new PolicySource("b-first.drl", drl("", "", "insert(1);\nSystem.exit(0);"), "b-first.drl");
        PolicySource second = new PolicySource("a-second.drl", drl("import java.io.File;", "", "insert(1);"), "a-second.drl");
        PolicyDiagnostic earlier = new PolicyDiagnostic("a-second.drl", 9, "An extra rule", "a problem found before the lint");

        assertThatThrownBy(() -> PolicyLint.refuseUnsafe(List.of(first, second), List.of(earlier)))
                .isInstanceOfSatisfying(PolicyCompilationException.class, e -> assertThat(e.diagnostics())
                        .extracting(PolicyDiagnostic::file, PolicyDiagnostic::line)
                        .containsExactly(tuple("b-first.drl", 13), tuple("a-second.drl", 4), tuple("a-second.drl", 9)));
    }

    @Test
    void withoutRefusalsTheProblemsFoundSoFarAreLeftToTheCompiler() {
        PolicyDiagnostic earlier = new PolicyDiagnostic(FILE, 9, "An extra rule", "a problem found before the lint");

        assertThatCode(() -> PolicyLint.refuseUnsafe(List.of(new PolicySource(FILE, drl("", "", "insert(1);"), FILE)),
                List.of(earlier))).doesNotThrowAnyException();
    }

    @Test
    void aTypeThePolicyDeclaresOrImportsUnderAJavaLangNameIsItsOwn() {
        String declared = drl("", "", "insert(new Process());") + """

                declare Process
                    name : String
                end
                """;
        assertThat(lint(declared)).isEmpty();
        assertThat(lint(drl("import dev.coalition.house.Thread;", "", "insert(new Thread());"))).isEmpty();
        assertThat(onlyRefusal(drl("import function dev.coalition.house.Helpers.Thread;", "", "insert(new Thread());"))
                .message()).startsWith("Thread is refused");
    }

    @Test
    void namesAfterRuleQueryAndAnnotationsAreNamesNotCode() {
        String text = drl("", "", "insert(1);") + """

                query Runtime
                    ModeChoice( )
                end
                """;
        assertThat(lint(text)).isEmpty();
    }
}
