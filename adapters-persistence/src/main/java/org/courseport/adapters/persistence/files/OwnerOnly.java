package org.courseport.adapters.persistence.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders of the data directory that only the server's user may read: created with that
 * mode, never widened afterwards, whatever the process's umask.
 */
public final class OwnerOnly {
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates the folder and any missing parents owner-only; a folder that exists is left as it is. */
    public static Path createDirectories(Path folder) throws IOException {
        return Files.createDirectories(folder, attribute(FOLDER));
    }

    /** Creates an empty owner-only file unless one exists, so that a library opening it later keeps the mode. */
    public static Path createFileIfMissing(Path file) throws IOException {
        try {
            return Files.createFile(file, attribute(FILE));
        } catch (FileAlreadyExistsException e) {
            return file;
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
