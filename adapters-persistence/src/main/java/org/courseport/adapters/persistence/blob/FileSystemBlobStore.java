package org.courseport.adapters.persistence.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.courseport.adapters.persistence.files.OwnerOnly;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.StoredBlob;

/**
 * Blobs as files under the data directory, named by their SHA-256 ({@code ab/cd/abcd…}). Content is
 * written to a temporary file in the same directory tree, forced to disk, then renamed into place
 * atomically: a failed or interrupted write leaves nothing under a blob's name. Small content is
 * hashed in memory first, so a blob already stored costs no write at all.
 */
public final class FileSystemBlobStore implements BlobStore {
    /** Content up to this size is hashed before anything is written. */
    private static final int SMALL = 256 * 1024;
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path incoming;

    public FileSystemBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve("incoming");
        try {
            OwnerOnly.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the blob directory " + incoming, e);
        }
    }

    @Override
    public StoredBlob put(InputStream content) throws IOException {
        MessageDigest sha = sha256();
        byte[] head = content.readNBytes(SMALL);
        sha.update(head);
        if (head.length < SMALL) {
            BlobId id = new BlobId(HexFormat.of().formatHex(sha.digest()));
            if (!Files.exists(path(id))) {
                store(id, temp -> temp.write(ByteBuffer.wrap(head)));
            }
            return new StoredBlob(id, head.length);
        }
        Path temp = Files.createTempFile(incoming, "blob-", ".part");
        try {
            long size = head.length;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                write(channel, head, head.length);
                byte[] buffer = new byte[BUFFER];
                for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                    sha.update(buffer, 0, n);
                    write(channel, buffer, n);
                    size += n;
                }
                BlobId id = new BlobId(HexFormat.of().formatHex(sha.digest()));
                if (!Files.exists(path(id))) {
                    channel.force(true);
                    publish(temp, id);
                }
                return new StoredBlob(id, size);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public Optional<InputStream> open(BlobId id) throws IOException {
        try {
            return Optional.of(Files.newInputStream(path(id)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<StoredBlob> find(BlobId id) throws IOException {
        Path file = path(id);
        return Files.exists(file) ? Optional.of(new StoredBlob(id, Files.size(file))) : Optional.empty();
    }

    private interface Writing {
        void to(FileChannel temp) throws IOException;
    }

    private void store(BlobId id, Writing writing) throws IOException {
        Path temp = Files.createTempFile(incoming, "blob-", ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                writing.to(channel);
                channel.force(true);
            }
            publish(temp, id);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Renames the complete, synced file to its name; another writer of the same content may win, which is fine. */
    private void publish(Path temp, BlobId id) throws IOException {
        Path target = path(id);
        OwnerOnly.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // the same bytes arrived meanwhile
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the blob directory " + root + " does not support atomic renames", e);
        }
    }

    private static void write(FileChannel channel, byte[] bytes, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private Path path(BlobId id) {
        String hex = id.sha256();
        return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
