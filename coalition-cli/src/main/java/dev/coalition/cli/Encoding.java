package dev.coalition.cli;

/**
 * The document must be UTF-8 (RFC 8259 requires it of JSON exchanged between systems), with or
 * without a byte order mark. Text in UTF-16 or UTF-32 — recognised by its byte order mark, or by the
 * zero bytes its first character brings — is refused with one {@code line 1, column 1:} line
 * saying so; malformed UTF-8 is refused by the parser where it occurs.
 */
final class Encoding {

    private Encoding() {
    }

    /**
     * Refuses a document that is not UTF-8.
     *
     * @throws UserError with one {@code line 1, column 1: ...} line naming the encoding found
     */
    static void requireUtf8(byte[] bytes) {
        String found = other(bytes);
        if (found != null) {
            throw new UserError("line 1, column 1: the document is " + found + "; coalition reads UTF-8 only: save it as UTF-8");
        }
    }

    /** The encoding the bytes are in when it is not UTF-8, or null. */
    static String other(byte[] b) {
        // two zero bytes first: UTF-32 big-endian (a NUL character first included, which Jackson would read as UTF-32)
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF) || b.length >= 4 && b[0] == 0 && b[1] == 0) {
            return "UTF-32 (big-endian)";
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00) || b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return "UTF-32 (little-endian)";
        }
        if (starts(b, 0xFE, 0xFF) || b.length >= 2 && b[0] == 0 && b[1] != 0) {
            return "UTF-16 (big-endian)";
        }
        if (starts(b, 0xFF, 0xFE) || b.length >= 2 && b[0] != 0 && b[1] == 0) {
            return "UTF-16 (little-endian)";
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
