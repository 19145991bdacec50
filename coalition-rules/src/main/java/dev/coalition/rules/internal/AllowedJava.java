package dev.coalition.rules.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Java a policy may use, and why the rest is refused. A policy may use the library's types
 * ({@code dev.coalition.**}) and a short allow-list of value types, listed in README ("Policy
 * files are code"); the types that would let a policy reach outside its decision (I/O,
 * reflection, threads, processes, {@code System}, class loading, the network) are refused with a
 * reason of their own, and any other type with the allow-list.
 */
final class AllowedJava {

    /** The package every type of the library lives in. */
    static final String LIBRARY = "dev.coalition.";

    /** The Java types a policy may use besides the library's, by fully qualified name. */
    static final Set<String> TYPES = Set.of(
            "java.lang.Object", "java.lang.String", "java.lang.CharSequence", "java.lang.StringBuilder", "java.lang.Math",
            "java.lang.Number", "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float",
            "java.lang.Short", "java.lang.Byte", "java.lang.Boolean", "java.lang.Character", "java.lang.Comparable",
            "java.math.BigDecimal", "java.math.BigInteger", "java.math.RoundingMode", "java.math.MathContext",
            "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime", "java.time.Instant",
            "java.time.Duration", "java.time.Period", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay",
            "java.time.Month", "java.time.DayOfWeek", "java.time.temporal.ChronoUnit",
            "java.util.List", "java.util.Map", "java.util.Set", "java.util.Collection", "java.util.Collections",
            "java.util.Objects", "java.util.Optional", "java.util.Comparator",
            "java.lang.RuntimeException", "java.lang.IllegalArgumentException", "java.lang.IllegalStateException",
            "java.lang.ArithmeticException", "java.lang.UnsupportedOperationException");

    /** The allow-list as a user reads it in a message. */
    static final String LIST = "String, Math, the boxed numbers, BigDecimal, BigInteger, the java.time values, "
            + "List, Map, Set, Collection, Collections, Objects, Optional, Comparator, and to throw RuntimeException, "
            + "IllegalArgumentException, IllegalStateException, ArithmeticException, UnsupportedOperationException";

    /** A kind of Java a policy may not use, and why. */
    record Refusal(String what, String why) {
    }

    static final Refusal IO = new Refusal("file and stream I/O (java.io, java.nio)", "it could read or write the host's files");
    static final Refusal REFLECTION = new Refusal("reflection (java.lang.reflect, java.lang.invoke, Class, getClass, .class)",
            "it could reach any class and member of the host, private ones included");
    static final Refusal THREADS = new Refusal("threads (Thread, java.util.concurrent, executors)",
            "it could run code outside the decision that outlives it");
    static final Refusal PROCESSES = new Refusal("processes (ProcessBuilder, Runtime, Process)", "it could run programs on the host");
    static final Refusal SYSTEM = new Refusal("System",
            "it could read the host's environment and properties, write to its streams or stop the JVM");
    static final Refusal CLASS_LOADING = new Refusal("class loading (ClassLoader)", "it could load code the host did not choose");
    static final Refusal NETWORK = new Refusal("the network (java.net)", "it could send the host's data elsewhere");
    static final Refusal OTHER = new Refusal("a Java type outside the allow-list",
            "a policy may use the library's types (dev.coalition.**) and " + LIST + " only");

    private static final List<Map.Entry<String, Refusal>> PACKAGES = List.of(
            Map.entry("java.io.", IO), Map.entry("java.nio.", IO),
            Map.entry("java.lang.reflect.", REFLECTION), Map.entry("java.lang.invoke.", REFLECTION),
            Map.entry("java.util.concurrent.", THREADS), Map.entry("java.net.", NETWORK));

    private static final Map<String, Refusal> JAVA_LANG = Map.ofEntries(
            Map.entry("System", SYSTEM), Map.entry("Runtime", PROCESSES), Map.entry("Process", PROCESSES),
            Map.entry("ProcessBuilder", PROCESSES), Map.entry("ProcessHandle", PROCESSES),
            Map.entry("Thread", THREADS), Map.entry("ThreadGroup", THREADS), Map.entry("ThreadLocal", THREADS),
            Map.entry("InheritableThreadLocal", THREADS), Map.entry("Class", REFLECTION), Map.entry("ClassValue", REFLECTION),
            Map.entry("Module", REFLECTION), Map.entry("ModuleLayer", REFLECTION), Map.entry("ClassLoader", CLASS_LOADING));

    /** Members that start reflection or class loading on any object. */
    static final Map<String, Refusal> MEMBERS = Map.of("getClass", REFLECTION, "class", REFLECTION,
            "getClassLoader", CLASS_LOADING);

    private AllowedJava() {
    }

    /** Why a fully qualified type may not be used, or empty when it may. */
    static Optional<Refusal> refusalOf(String qualifiedName) {
        if (qualifiedName.startsWith(LIBRARY) || TYPES.contains(qualifiedName)) {
            return Optional.empty();
        }
        for (Map.Entry<String, Refusal> entry : PACKAGES) {
            if (qualifiedName.startsWith(entry.getKey())) {
                return Optional.of(entry.getValue());
            }
        }
        if (qualifiedName.startsWith("java.lang.") && qualifiedName.indexOf('.', "java.lang.".length()) < 0) {
            return Optional.of(JAVA_LANG.getOrDefault(qualifiedName.substring("java.lang.".length()), OTHER));
        }
        return Optional.of(OTHER);
    }

    /**
     * What a simple name a policy neither imports nor declares stands for: a type of {@code java.lang}
     * (imported implicitly), or nothing the lint can judge (a fact type of the policy's own package,
     * or a name the compiler will report as unknown).
     */
    static Optional<String> javaLangType(String simpleName) {
        if (JAVA_LANG.containsKey(simpleName)) {
            return Optional.of("java.lang." + simpleName);
        }
        try {
            Class.forName("java.lang." + simpleName, false, AllowedJava.class.getClassLoader());
            return Optional.of("java.lang." + simpleName);
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
