package org.courseport.bootstrap.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.courseport.adapters.persistence.files.OwnerOnly;
import org.courseport.domain.auth.ApiToken;

/**
 * The data directory: private to the server's user, used by one process at a time (the embedded
 * database allows no other, and two servers would share an upload spool), holding the first admin's token.
 */
public final class DataDirectory implements AutoCloseable {
    public static final String ADMIN_TOKEN = "admin.token";
    static final String LOCK = "courseport.lock";

    private final Path root;
    private final FileChannel lockFile;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockFile, FileLock lock) {
        this.root = root;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * Creates the directory if it is missing, makes it owner-only whatever its mode was, and takes it
     * for this process until {@link #close()}; refuses, naming the holder, if another process has it.
     */
    public static DataDirectory open(Path root) {
        try {
            OwnerOnly.createDirectories(root);
            Files.setPosixFilePermissions(root, OwnerOnly.FOLDER);
            Path lockPath = OwnerOnly.createFileIfMissing(root.resolve(LOCK));
            FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = Files.readString(lockPath, StandardCharsets.US_ASCII).strip();
                channel.close();
                throw new IllegalStateException("the data directory " + root + " is in use by another Courseport process"
                        + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                        + ": a data directory serves one process at a time; stop that process first");
            }
            channel.truncate(0).write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            return new DataDirectory(root, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data directory " + root, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    public Path root() {
        return root;
    }

    /** A folder of the data directory, created owner-only if it is missing. */
    public Path folder(String name) {
        Path folder = root.resolve(name);
        try {
            return OwnerOnly.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    /** Writes the token to a file only its owner can read; the file is created with that mode, never widened later. */
    public Path writeAdminToken(ApiToken token) {
        Path file = root.resolve(ADMIN_TOKEN);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
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

    /** Lets another process have the directory. */
    @Override
    public void close() {
        try {
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release " + root.resolve(LOCK), e);
        }
    }
}
