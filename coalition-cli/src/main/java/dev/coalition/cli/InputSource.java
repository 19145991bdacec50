package dev.coalition.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the document a command was given: a file, or standard input for {@code -}. */
final class InputSource {

    /** The name that stands for standard input. */
    static final String STDIN = "-";

    private InputSource() {
    }

    /** Reads all bytes of a file, or of standard input, under the default document-size limit. */
    static byte[] read(String name, InputStream stdin) {
        return read(name, stdin, InputLimits.DEFAULTS);
    }

    /**
     * Reads all bytes of a file, or of standard input, up to the document-size limit: a larger file
     * is refused before it is read, standard input once one byte more than the limit has come.
     *
     * @throws UserError with one line naming the file and what is wrong
     */
    static byte[] read(String name, InputStream stdin, InputLimits limits) {
        long limit = limits.get(InputLimits.Limit.DOCUMENT_SIZE);
        if (STDIN.equals(name)) {
            byte[] bytes;
            try {
                bytes = stdin.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            } catch (IOException e) {
                throw new UserError("cannot read standard input: " + Messages.oneLine(e));
            }
            if (bytes.length > limit) {
                throw new UserError("standard input: the document is longer than the document-size limit of "
                        + InputLimits.grouped(limit) + " bytes" + limits.raise(InputLimits.Limit.DOCUMENT_SIZE, 0));
            }
            return bytes;
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UserError(name + ": cannot read: not a valid file name (" + e.getReason() + ")");
        }
        if (Files.isDirectory(path)) {
            throw new UserError(name + ": cannot read: it is a directory; give a JSON file, or - for standard input");
        }
        try {
            long size = Files.size(path);
            if (size > limit) {
                throw new UserError(name + ": the document is " + InputLimits.grouped(size) + " bytes long"
                        + limits.beyond(InputLimits.Limit.DOCUMENT_SIZE, size));
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UserError(name + ": cannot read: no such file");
        } catch (AccessDeniedException e) {
            throw new UserError(name + ": cannot read: permission denied");
        } catch (IOException e) {
            throw new UserError(name + ": cannot read: " + Messages.oneLine(e));
        }
    }
}
