package org.courseport.adapters.persistence.blob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.courseport.adapters.persistence.files.OwnerOnly;
import org.courseport.domain.blob.AgedBlob;
import org.courseport.domain.blob.BlobBatch;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.CollectableBlobStore;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.Sha256;
import org.courseport.domain.blob.StoredBlob;

/**
 * Blobs as files under the data directory, named by their SHA-256 ({@code ab/cd/abcd…}). Content is
 * written to a temporary file in the same directory tree, forced to disk, then renamed into place
 * atomically: a failed or interrupted write leaves nothing under a blob's name; a {@link #batch()}
 * forces its files as they are written and names them all at one barrier. Content is hashed in memory
 * first (as far as a bounded memory allows), so a blob already stored costs no write of its bytes, only
 * of its time: a file's modification time is when its content was last written, stored first or stored again.
 */
public final class FileSystemBlobStore implements CollectableBlobStore {
    /** Content up to this size is always hashed before anything is written. */
    private static final int SMALL = 256 * 1024;
    /** Bytes beyond the first {@value #SMALL} of each that all writers together may hold to hash before writing. */
    private static final int HASH_FIRST_BYTES = 16 * 1024 * 1024;
    private static final int BUFFER = 64 * 1024;
    private static final Pattern BLOB_NAME = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path incoming;
    private final BufferPool hashFirst = new BufferPool(BUFFER, HASH_FIRST_BYTES / BUFFER);

    public FileSystemBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve("incoming");
        try {
            OwnerOnly.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the blob directory " + incoming, e);
        }
    }

    /** One file on the caller's thread, so it never queues behind an import's syncs. */
    @Override
    public StoredBlob put(InputStream content) throws IOException {
        try (BlobBatch one = new Batch(false)) {
            StoredBlob blob = one.put(content);
            one.makeDurable();
            return blob;
        }
    }

    /**
     * Writes go to temporary files; each is synced on a sync thread as soon as it is written, while the
     * writers go on (the disk catches up during the import instead of after it), and its folder is made
     * ready. The barrier waits for those syncs, renames the files into place (side by side), then syncs
     * the folders the renames touched. A blob's name so only ever appears for synced content, and only
     * at the barrier: a crash leaves temporary files at worst, which {@link #removeAbandonedWrites} removes.
     */
    @Override
    public BlobBatch batch() {
        return new Batch(true);
    }

    private final class Batch implements BlobBatch {
        private final boolean inBackground;
        private final List<Syncing> pending = new ArrayList<>();

        Batch(boolean inBackground) {
            this.inBackground = inBackground;
        }

        @Override
        public StoredBlob put(InputStream content) throws IOException {
            return queue(writeUnsynced(content));
        }

        /** Content under a buffer is hashed: that costs less than opening the likely blob's file. */
        @Override
        public StoredBlob put(InputStream content, StoredBlob likely) throws IOException {
            return queue(likely.size() < BUFFER ? writeUnsynced(content) : writeUnlessStored(content, likely));
        }

        private StoredBlob queue(Unsynced written) {
            if (written.temp() != null) {
                DiskSync.IoWork<Path> ready = () -> prepare(written);
                Syncing syncing = new Syncing(written, inBackground ? DiskSync.later(ready) : DiskSync.now(ready));
                synchronized (pending) {
                    pending.add(syncing);
                }
            }
            return written.blob();
        }

        @Override
        public void makeDurable() throws IOException {
            List<Syncing> written;
            synchronized (pending) {
                written = List.copyOf(pending);
            }
            List<Path> madeFolders = DiskSync.awaitAll(written.stream().map(Syncing::prepared).toList());
            List<CompletableFuture<Void>> renames = new ArrayList<>();
            Set<Path> directories = new LinkedHashSet<>();
            for (int i = 0; i < written.size(); i++) {
                Unsynced file = written.get(i).file();
                DiskSync.IoWork<Void> rename = () -> {
                    publish(file.temp(), file.blob().id());
                    return null;
                };
                renames.add(DiskSync.oneOf(written.size(), rename));
                directories.add(path(file.blob().id()).getParent());
                Path made = madeFolders.get(i);
                if (made != null) { // its entry, and perhaps its parent's, must last too
                    directories.add(made.getParent());
                    directories.add(root);
                }
            }
            DiskSync.awaitAll(renames);
            DiskSync.forceAll(List.copyOf(directories));
            synchronized (pending) {
                pending.subList(0, written.size()).clear();
            }
        }

        /** Files a failed barrier had published already are simply no longer at their temporary name. */
        @Override
        public void close() throws IOException {
            List<Syncing> left;
            synchronized (pending) {
                left = List.copyOf(pending);
                pending.clear();
            }
            for (Syncing file : left) {
                file.prepared().handle((made, failure) -> null).join(); // never delete under a running sync
                Files.deleteIfExists(file.file().temp());
            }
        }
    }

    /** A written file on its way to disk; {@code prepared} ends with its folder if the sync made it, else null. */
    private record Syncing(Unsynced file, CompletableFuture<Path> prepared) {
    }

    /** Syncs the temporary file and makes its blob's folder; answers the folder if it was missing, else null. */
    private Path prepare(Unsynced written) throws IOException {
        DiskSync.force(written.temp());
        Path folder = path(written.blob().id()).getParent();
        if (Files.isDirectory(folder)) {
            return null;
        }
        OwnerOnly.createDirectories(folder);
        return folder;
    }

    /** A blob's content in a temporary file not yet synced, or no file ({@code temp} null) when it is stored already. */
    private record Unsynced(StoredBlob blob, Path temp) {
    }

    /**
     * Content is hashed before anything is written, so content stored already (an identical re-import)
     * costs no write but its time: the first {@value #SMALL} bytes always, more while the writers
     * together hold under {@value #HASH_FIRST_BYTES} bytes; content larger than memory allows is written
     * as it is hashed.
     */
    private Unsynced writeUnsynced(InputStream content) throws IOException {
        MessageDigest sha = Sha256.newDigest();
        Held held = new Held();
        try {
            boolean whole = held.read(content, sha);
            if (whole) {
                StoredBlob blob = new StoredBlob(new BlobId(Sha256.hex(sha)), held.size);
                return renew(blob.id()) ? new Unsynced(blob, null) : new Unsynced(blob, writeTemp(held, null, sha).temp());
            }
            Written written = writeTemp(held, content, sha);
            StoredBlob blob = new StoredBlob(new BlobId(Sha256.hex(sha)), held.size + written.streamed());
            if (renew(blob.id())) {
                Files.deleteIfExists(written.temp());
                return new Unsynced(blob, null);
            }
            return new Unsynced(blob, written.temp());
        } finally {
            held.release();
        }
    }

    /**
     * Content that is likely a stored blob is compared with that blob's file instead of hashed: reading a
     * file the page cache most likely holds and comparing costs a fraction of SHA-256, and an identical
     * re-import is mostly such content. Where the content turns out different, the part found equal is
     * read again from the stored file, so the content is hashed and written as any other.
     */
    private Unsynced writeUnlessStored(InputStream content, StoredBlob likely) throws IOException {
        FileChannel stored;
        try {
            stored = FileChannel.open(path(likely.id()), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return writeUnsynced(content);
        }
        try (stored) {
            byte[] given = new byte[BUFFER];
            byte[] kept = new byte[BUFFER];
            long same = 0;
            while (true) {
                int length = content.readNBytes(given, 0, BUFFER);
                if (readAt(stored, same, kept, length) != length || !Arrays.equals(given, 0, length, kept, 0, length)) {
                    return writeUnsynced(new SequenceInputStream(Collections.enumeration(List.of(
                            new Prefix(stored, same), new ByteArrayInputStream(given, 0, length), content))));
                }
                same += length;
                if (length < BUFFER) {
                    // a collection may have taken the blob since it was opened: its bytes are still at hand
                    return same == stored.size() && renew(likely.id())
                            ? new Unsynced(likely, null) : writeUnsynced(new Prefix(stored, same));
                }
            }
        }
    }

    /** Reads up to {@code length} bytes at {@code position}; fewer only at the end of the file. */
    private static int readAt(FileChannel file, long position, byte[] into, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(into, 0, length);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.position();
    }

    /** The first {@code length} bytes of a file, read at their positions (the channel's own is left alone). */
    private static final class Prefix extends InputStream {
        private final FileChannel file;
        private final long length;
        private long position;

        Prefix(FileChannel file, long length) {
            this.file = file;
            this.length = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int wanted) throws IOException {
            if (position == length) {
                return -1;
            }
            int read = file.read(ByteBuffer.wrap(into, offset, (int) Math.min(wanted, length - position)), position);
            if (read < 0) {
                throw new IOException("a stored blob shrank while it was read");
            }
            position += read;
            return read;
        }
    }

    /** Content read ahead of writing: its first part, then buffers of the hash-first pool. */
    private final class Held {
        private byte[] head = new byte[0];
        private final List<byte[]> pooled = new ArrayList<>();
        /** Bytes in the last pooled buffer; the others are full. */
        private int lastLength;
        private long size;

        /** Reads while the pool has buffers; true when that was the whole content. */
        boolean read(InputStream content, MessageDigest sha) throws IOException {
            head = content.readNBytes(SMALL);
            sha.update(head);
            size = head.length;
            if (head.length < SMALL) {
                return true;
            }
            for (byte[] buffer = hashFirst.take(); buffer != null; buffer = hashFirst.take()) {
                pooled.add(buffer);
                lastLength = content.readNBytes(buffer, 0, BUFFER);
                sha.update(buffer, 0, lastLength);
                size += lastLength;
                if (lastLength < BUFFER) {
                    return true;
                }
            }
            return false;
        }

        void writeTo(FileChannel channel) throws IOException {
            write(channel, head, head.length);
            for (int i = 0; i < pooled.size(); i++) {
                write(channel, pooled.get(i), i == pooled.size() - 1 ? lastLength : BUFFER);
            }
        }

        void release() {
            pooled.forEach(hashFirst::give);
            pooled.clear();
            head = new byte[0];
        }
    }

    private record Written(Path temp, long streamed) {
    }

    /** Writes the held content, then {@code rest} (if any) as it is hashed, to an unsynced temporary file. */
    private Written writeTemp(Held held, InputStream rest, MessageDigest sha) throws IOException {
        Path temp = Files.createTempFile(incoming, "blob-", ".part");
        boolean kept = false;
        try {
            long streamed = 0;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                held.writeTo(channel);
                held.release();
                byte[] buffer = new byte[BUFFER];
                for (int n = rest == null ? -1 : rest.read(buffer); n >= 0; n = rest.read(buffer)) {
                    sha.update(buffer, 0, n);
                    write(channel, buffer, n);
                    streamed += n;
                }
            }
            kept = true;
            return new Written(temp, streamed);
        } finally {
            if (!kept) {
                Files.deleteIfExists(temp);
            }
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

    @Override
    public List<AgedBlob> blobs() throws IOException {
        List<AgedBlob> blobs = new ArrayList<>();
        Files.walkFileTree(root, Set.of(), 3, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.equals(incoming) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = file.getFileName().toString();
                if (attributes.isRegularFile() && BLOB_NAME.matcher(name).matches()) {
                    blobs.add(new AgedBlob(new StoredBlob(new BlobId(name), attributes.size()),
                            attributes.lastModifiedTime().toInstant()));
                }
                return FileVisitResult.CONTINUE;
            }

            /** A blob a collection or a writer moved away meanwhile is simply not listed. */
            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return blobs;
    }

    /**
     * Moves the file out of its name first, then asks its time: a writer that renewed it before the move
     * has made it young, so it goes back; one that comes after finds no file and stores the content anew.
     */
    @Override
    public boolean remove(BlobId id, Instant writtenBefore) throws IOException {
        Path collected = incoming.resolve(id.sha256() + ".collected");
        try {
            Files.move(path(id), collected, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (Files.getLastModifiedTime(collected).toInstant().isBefore(writtenBefore)) {
            Files.delete(collected);
            return true;
        }
        publish(collected, id);
        return false;
    }

    /** Temporary files of writes that failed without cleaning up (a killed process), or of a collection that did. */
    @Override
    public int removeAbandonedWrites(Instant startedBefore) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(incoming)) {
            for (Path file : files) {
                Optional<Instant> written = lastWritten(file);
                if (written.isPresent() && written.get().isBefore(startedBefore) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static Optional<Instant> lastWritten(Path file) throws IOException {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Marks stored content as written now, so that a collection keeps it for the writer; false if it is not stored. */
    private boolean renew(BlobId id) throws IOException {
        try {
            Files.setLastModifiedTime(path(id), FileTime.from(Instant.now()));
            return true;
        } catch (NoSuchFileException e) {
            return false;
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

}
