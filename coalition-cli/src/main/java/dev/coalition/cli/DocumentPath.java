package dev.coalition.cli;

import dev.coalition.core.Violation;
import java.util.regex.Pattern;

/**
 * Paths into a JSON document as the problems name them: {@code .key} for object keys (no dot at
 * the root), {@code [i]} for array items from 0, e.g. {@code members[3].trusts[0]}. A key that is
 * not a plain word is written as {@code ["key"]}.
 */
final class DocumentPath {

    /** The document as a whole. */
    static final String ROOT = "";

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private DocumentPath() {
    }

    /** The path of a key of the object at {@code parent}. */
    static String key(String parent, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "[" + quoted(key) + "]";
    }

    /** The path of an item of the array at {@code parent}. */
    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /**
     * The path one step up: {@code members[3]} for {@code members[3].trusts}, {@code members} for
     * {@code members[3]}, the root for {@code members}. Only for paths of plain keys and indexes.
     */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? ROOT : path.substring(0, cut);
    }

    /** Whether {@code path} is {@code ancestor} itself or lies inside it. */
    static boolean within(String path, String ancestor) {
        if (ancestor.isEmpty() || path.equals(ancestor)) {
            return true;
        }
        return path.startsWith(ancestor) && (path.charAt(ancestor.length()) == '.' || path.charAt(ancestor.length()) == '[');
    }

    private static String quoted(String key) {
        return Violation.quote(key);
    }
}
