package org.courseport.bootstrap.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.courseport.domain.auth.ApiToken;

/** The data directory: private to the server's user, holding the first admin's token. */
public final class DataDirectory {
    public static final String ADMIN_TOKEN = "admin.token";

    private final Path root;

    private DataDirectory(Path root) {
        this.root = root;
    }

    /** Creates the directory (owner only) if it is missing. */
    public static DataDirectory open(Path root) {
        try {
            if (!Files.isDirectory(root)) {
                Files.createDirectories(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            return new DataDirectory(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** Writes the token to a file only its owner can read; the file is created with that mode, never widened later. */
    public Path writeAdminToken(ApiToken token) {
        Path file = root.resolve(ADMIN_TOKEN);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(token.reveal());
                out.write('\n');
            }
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("another process is writing " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
