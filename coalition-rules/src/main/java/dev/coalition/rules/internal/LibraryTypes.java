package dev.coalition.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The public types of the library's packages ({@code dev.coalition.**}, internal packages and the
 * generated policy classes left out) that a policy may import, and the fields a rule may read from a
 * type: what a "did you mean" in a compile diagnostic chooses from.
 */
final class LibraryTypes {

    private static volatile List<String> names;

    private LibraryTypes() {
    }

    /** Every public type's qualified name, in name order (read from the class path once). */
    static List<String> all() {
        List<String> known = names;
        if (known == null) {
            known = scanClassPath();
            names = known;
        }
        return known;
    }

    /** Every public type's qualified name, in name order, read from the class path now (what {@link #all()} keeps). */
    static List<String> scanClassPath() {
        TreeSet<String> found = new TreeSet<>();
        for (Class<?> anchor : List.of(dev.coalition.policy.Settings.class, PolicySet.class)) {
            scan(anchor, found);
        }
        return found.stream().filter(LibraryTypes::isPublic).toList();
    }

    /** The qualified names of the library's public types with this simple name. */
    static List<String> named(String simpleName) {
        return all().stream().filter(n -> simpleNameOf(n).equals(simpleName)).toList();
    }

    /** The library's public types in a package that a rule may match (exceptions left out), by simple name. */
    static List<String> inPackage(String packageName) {
        return all().stream().filter(n -> packageOf(n).equals(packageName))
                .filter(n -> load(n).map(c -> !Throwable.class.isAssignableFrom(c)).orElse(false))
                .map(LibraryTypes::simpleNameOf).toList();
    }

    static String simpleNameOf(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    static String packageOf(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        return dot < 0 ? "" : qualifiedName.substring(0, dot);
    }

    /**
     * The fields a pattern may constrain on a type, in name order: a record's components, or the
     * properties of its public getters ({@code getX()}, {@code isX()}); empty when the type cannot be loaded.
     */
    static List<String> fieldsOf(String qualifiedName) {
        Optional<Class<?>> type = load(qualifiedName);
        if (type.isEmpty()) {
            return List.of();
        }
        TreeSet<String> fields = new TreeSet<>();
        if (type.get().isRecord()) {
            for (var component : type.get().getRecordComponents()) {
                fields.add(component.getName());
            }
            return List.copyOf(fields);
        }
        for (Method method : type.get().getMethods()) {
            if (method.getParameterCount() != 0 || method.getReturnType() == void.class
                    || Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.getName();
            if (name.startsWith("get") && name.length() > 3) {
                fields.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
            } else if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
                fields.add(Character.toLowerCase(name.charAt(2)) + name.substring(3));
            }
        }
        return List.copyOf(fields);
    }

    private static Optional<Class<?>> load(String qualifiedName) {
        try {
            return Optional.of(Class.forName(qualifiedName, false, LibraryTypes.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static boolean isPublic(String qualifiedName) {
        return load(qualifiedName).map(c -> Modifier.isPublic(c.getModifiers())).orElse(false);
    }

    private static void scan(Class<?> anchor, TreeSet<String> found) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null) {
            return;
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(location)) {
                Path root = location.resolve("dev/coalition");
                if (Files.isDirectory(root)) {
                    try (Stream<Path> files = Files.walk(root)) {
                        files.map(p -> location.relativize(p).toString().replace('\\', '/')).forEach(n -> add(n, found));
                    }
                }
            } else if (Files.isRegularFile(location)) {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(JarEntry::getName).forEach(n -> add(n, found));
                }
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // a location that is not a file (a custom class loader): no suggestions from it
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the library's classes in " + source.getLocation(), e);
        }
    }

    private static void add(String entry, TreeSet<String> found) {
        if (!entry.startsWith("dev/coalition/") || !entry.endsWith(".class") || entry.contains("$")
                || entry.endsWith("package-info.class") || entry.contains("/internal/")
                || entry.startsWith("dev/coalition/policies/") || entry.startsWith("dev/coalition/cli/")) {
            return;
        }
        found.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
    }
}
