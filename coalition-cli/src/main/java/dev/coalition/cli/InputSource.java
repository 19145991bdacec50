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

    /**
     * Reads all bytes of a file, or of standard input.
     *
     * @throws UserError with one line naming the file and what is wrong
     */
    static byte[] read(String name, InputStream stdin) {
        if (STDIN.equals(name)) {
            try {
                return stdin.readAllBytes();
            } catch (IOException e) {
                throw new UserError("cannot read standard input: " + Messages.oneLine(e));
            }
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
