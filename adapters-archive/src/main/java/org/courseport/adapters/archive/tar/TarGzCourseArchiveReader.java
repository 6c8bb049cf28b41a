package org.courseport.adapters.archive.tar;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.courseport.domain.blob.BlobBatch;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.course.ArchiveLimits;
import org.courseport.domain.course.ArchiveProgress;
import org.courseport.domain.course.CourseArchiveReader;
import org.courseport.domain.course.CoursePath;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.course.ManifestEntry;
import org.courseport.domain.error.LimitExceeded;
import org.courseport.domain.error.Unprocessable;

/**
 * Reads a tar.gz course archive as a stream: each file goes straight into the blob store, nothing is
 * unpacked to the file system, and every limit is checked while reading, so a bomb is stopped as soon
 * as it shows itself rather than after it has filled the disk.
 *
 * <p>A course is mostly small files. Small files are read whole (they are small) and stored by the
 * writer threads, many at once, while this thread goes on decompressing (inflating here, hashing and
 * writing there); a cap on the bytes in flight keeps memory flat. Large files stream through. All go
 * into one {@link BlobBatch}, so a store that syncs waits for the disk once per archive, not per file.
 * The body itself is received on a thread of its own ({@link ReadAhead}) while this one inflates.
 */
public final class TarGzCourseArchiveReader implements CourseArchiveReader {
    private static final String COURSE_XML = "course.xml";
    private static final int BUFFER = 64 * 1024;
    /** Files up to this size are stored by the writer threads. */
    private static final int SMALL_FILE = 256 * 1024;
    /** Bytes of files read but not yet stored, at most. */
    private static final int IN_FLIGHT_BYTES = 16 * 1024 * 1024;
    /** A large file travels to its writer in chunks of this size, at most {@value #PIPE_CHUNKS} waiting. */
    private static final int PIPE_CHUNK = 64 * 1024;
    private static final int PIPE_CHUNKS = 16;

    private final BlobStore blobs;
    private final Executor writers;

    /** @param writers where small files are stored; {@code Runnable::run} stores them one by one on the reading thread */
    public TarGzCourseArchiveReader(BlobStore blobs, Executor writers) {
        this.blobs = blobs;
        this.writers = writers;
    }

    @Override
    public Manifest unpack(InputStream archive, ArchiveLimits limits, ArchiveProgress progress, Manifest previous)
            throws IOException {
        try (ReadAhead received = new ReadAhead(archive)) {
            return unpackReceived(received.stream(), limits, progress, previous);
        }
    }

    private Manifest unpackReceived(InputStream archive, ArchiveLimits limits, ArchiveProgress progress, Manifest previous)
            throws IOException {
        CountingInputStream compressed = new CountingInputStream(archive);
        BufferedInputStream body = new BufferedInputStream(compressed, BUFFER);
        Reading reading = new Reading(limits, compressed, progress);
        requireGzip(body, reading);
        try (BlobBatch batch = blobs.batch();
             TarArchiveInputStream tar = new TarArchiveInputStream(reading.gunzip(body), BUFFER)) {
            Storing storing = new Storing(batch, previous);
            try {
                for (TarArchiveEntry entry = reading.next(tar); entry != null; entry = reading.next(tar)) {
                    String path = reading.admit(entry);
                    if (path != null && entry.getSize() <= SMALL_FILE) {
                        storing.later(path, read(reading.content(tar, path), (int) entry.getSize()), entry.getSize()); // a tar entry ends at its size
                    } else if (path != null) {
                        storing.streamed(path, reading.content(tar, path), entry.getSize());
                    }
                    progress.advanced(compressed.count(), reading.entries);
                }
                Manifest manifest = Manifest.of(relativeToCourse(storing.done()));
                // one barrier for the whole archive: the caller may name these blobs once it returns
                batch.makeDurable();
                return manifest;
            } finally {
                storing.settle();
            }
        }
    }

    /**
     * Up to {@code length} bytes, read straight into an array of that length and trimmed at the end of
     * the stream: {@code readNBytes(int)} gathers them 8 KiB at a time and copies them once more, which
     * for an archive of incompressible files is most of the reading thread's work.
     */
    static byte[] read(InputStream content, int length) throws IOException {
        byte[] bytes = new byte[length];
        int read = content.readNBytes(bytes, 0, length);
        return read == length ? bytes : Arrays.copyOf(bytes, read);
    }

    /** The files stored so far, and those the writer threads are still storing. */
    private final class Storing {
        private final BlobBatch batch;
        private final Manifest previous;
        private final List<ManifestEntry> stored = new ArrayList<>();
        private final List<CompletableFuture<ManifestEntry>> pending = new ArrayList<>();
        private final Semaphore inFlight = new Semaphore(IN_FLIGHT_BYTES);

        Storing(BlobBatch batch, Manifest previous) {
            this.batch = batch;
            this.previous = previous;
        }

        /**
         * Stores the content, telling the batch which blob it likely is: the file of the current version
         * at the same path (inside the archive's top folder, if it has one) and of the same size.
         */
        private StoredBlob put(String path, long size, InputStream content) throws IOException {
            int slash = path.indexOf('/');
            Optional<StoredBlob> likely = previous.entry(path)
                    .or(() -> slash < 0 ? Optional.empty() : previous.entry(path.substring(slash + 1)))
                    .filter(file -> file.size() == size)
                    .map(file -> new StoredBlob(file.blob(), file.size()));
            return likely.isPresent() ? batch.put(content, likely.get()) : batch.put(content);
        }

        /**
         * Inflates a large file here while a writer thread hashes and writes it. An executor that runs the
         * task on this very thread could never be fed, so the task then steps aside and this thread stores
         * the file itself.
         */
        void streamed(String path, InputStream content, long size) throws IOException {
            int permits = PIPE_CHUNK * PIPE_CHUNKS;
            acquire(permits, path);
            ChunkPipe pipe = new ChunkPipe(PIPE_CHUNKS);
            Thread reader = Thread.currentThread();
            AtomicBoolean onReader = new AtomicBoolean();
            CompletableFuture<ManifestEntry> task = new CompletableFuture<>();
            execute(permits, task, () -> {
                if (Thread.currentThread() == reader) {
                    onReader.set(true);
                    return null;
                }
                try (pipe) {
                    return put(path, size, pipe);
                }
            }, path);
            if (task.isCompletedExceptionally()) {
                pipe.close(); // refused: nobody will read it, so the file is read past and the failure reported by done()
            }
            if (onReader.get()) {
                StoredBlob blob = put(path, size, content);
                stored.add(new ManifestEntry(path, blob.id(), blob.size()));
                return;
            }
            boolean complete = false;
            try {
                for (byte[] chunk = read(content, PIPE_CHUNK); chunk.length > 0; chunk = read(content, PIPE_CHUNK)) {
                    pipe.send(chunk);
                }
                pipe.end();
                complete = true;
            } finally {
                if (!complete) {
                    pipe.fail();
                }
            }
        }

        void later(String path, byte[] content, long size) throws IOException {
            int permits = Math.max(1, content.length);
            acquire(permits, path);
            execute(permits, new CompletableFuture<>(), () -> put(path, size, new ByteArrayInputStream(content)), path);
        }

        private void acquire(int permits, String path) throws InterruptedIOException {
            try {
                inFlight.acquire(permits);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while storing " + path);
            }
        }

        /** Stores on a writer thread; {@code store} answers null when it left the storing to the caller. */
        private void execute(int permits, CompletableFuture<ManifestEntry> task, Store store, String path) {
            pending.add(task);
            try {
                writers.execute(() -> {
                    try {
                        StoredBlob blob = store.put();
                        task.complete(blob == null ? null : new ManifestEntry(path, blob.id(), blob.size()));
                    } catch (IOException | RuntimeException e) {
                        task.completeExceptionally(e);
                    } finally {
                        inFlight.release(permits);
                    }
                });
            } catch (RejectedExecutionException e) {
                inFlight.release(permits);
                task.completeExceptionally(new IOException("the blob writers are stopping", e));
            }
        }

        /** Every file, once all are stored; the first failure of a writer is thrown as it was. */
        List<ManifestEntry> done() throws IOException {
            List<ManifestEntry> files = new ArrayList<>(stored);
            for (CompletableFuture<ManifestEntry> task : pending) {
                try {
                    ManifestEntry file = task.join();
                    if (file != null) {
                        files.add(file);
                    }
                } catch (CompletionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw e;
                }
            }
            return files;
        }

        private interface Store {
            StoredBlob put() throws IOException;
        }

        /** Waits for writes still running, so none outlives a refused archive. */
        void settle() {
            pending.forEach(task -> task.handle((entry, failure) -> null).join());
        }
    }

    private static void requireGzip(BufferedInputStream body, Reading reading) {
        body.mark(BodyKind.SNIFF_BYTES);
        byte[] head = new byte[BodyKind.SNIFF_BYTES];
        int length;
        try {
            length = body.readNBytes(head, 0, head.length);
            body.reset();
        } catch (IOException e) {
            throw reading.damaged(e);
        }
        if (!BodyKind.isGzip(head, length)) {
            throw new Unprocessable("the body is not a gzip-compressed tar archive (a .tar.gz): it looks like "
                    + BodyKind.describe(head, length));
        }
    }

    /** The course is at the root when course.xml is there, else inside the one top folder that holds it. */
    private static List<ManifestEntry> relativeToCourse(List<ManifestEntry> files) {
        Set<String> tops = new HashSet<>();
        boolean atRoot = false;
        for (ManifestEntry file : files) {
            atRoot |= file.path().equals(COURSE_XML);
            int slash = file.path().indexOf('/');
            tops.add(slash < 0 ? "" : file.path().substring(0, slash));
        }
        if (atRoot) {
            return files;
        }
        if (tops.size() == 1 && !tops.contains("")) {
            String prefix = tops.iterator().next() + "/";
            if (files.stream().anyMatch(f -> f.path().equals(prefix + COURSE_XML))) {
                return files.stream().map(f -> new ManifestEntry(f.path().substring(prefix.length()), f.blob(), f.size())).toList();
            }
        }
        throw new Unprocessable("the archive is not a course: it has no " + COURSE_XML
                + " at its root or inside one top folder");
    }

    /** The counts and checks of one archive being read. */
    private static final class Reading {
        private final ArchiveLimits limits;
        private final CountingInputStream compressed;
        private final ArchiveProgress progress;
        private long unpacked;
        private long entries;
        private String current = "(the archive header)";

        Reading(ArchiveLimits limits, CountingInputStream compressed, ArchiveProgress progress) {
            this.limits = limits;
            this.compressed = compressed;
            this.progress = progress;
        }

        /** Reading the gzip header is reading the archive: its failures are the archive's. */
        GzipCompressorInputStream gunzip(InputStream body) {
            try {
                return new GzipCompressorInputStream(body, true);
            } catch (IOException e) {
                throw damaged(e);
            }
        }

        TarArchiveEntry next(TarArchiveInputStream tar) {
            try {
                TarArchiveEntry entry = tar.getNextEntry();
                checkCompressed();
                if (entry != null) {
                    current = entry.getName();
                    if (++entries > limits.maxEntries()) {
                        throw new LimitExceeded(refused("the archive holds more than " + limits.maxEntries()
                                + " entries (limit max-entries)"));
                    }
                }
                return entry;
            } catch (IOException e) {
                throw damaged(e);
            }
        }

        /** The entry's path if it is a file to keep, null for a folder; a refusal for anything else. */
        String admit(TarArchiveEntry entry) {
            if (entry.isSymbolicLink()) {
                throw new Unprocessable(refused("symbolic links are not allowed (to '" + entry.getLinkName() + "')"));
            }
            if (entry.isLink()) {
                throw new Unprocessable(refused("hard links are not allowed (to '" + entry.getLinkName() + "')"));
            }
            if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
                throw new Unprocessable(refused("devices and pipes are not allowed"));
            }
            String name = entry.getName();
            while (name.startsWith("./")) {
                name = name.substring(2);
            }
            if (entry.isDirectory()) {
                String folder = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
                if (!folder.isEmpty() && !folder.equals(".")) {
                    checkPath(folder);
                }
                return null;
            }
            if (!entry.isFile()) {
                throw new Unprocessable(refused("only files and folders are allowed"));
            }
            checkPath(name);
            if (entry.getSize() > limits.maxEntryBytes()) {
                throw new LimitExceeded(refused("it is " + entry.getSize() + " bytes unpacked, more than "
                        + limits.maxEntryBytes() + " (limit max-entry-bytes)"));
            }
            return name;
        }

        private void checkPath(String name) {
            String rule = CoursePath.problem(name);
            if (rule != null) {
                throw new Unprocessable(refused(rule));
            }
        }

        /** The entry's bytes, counted against the limits as they are read. */
        InputStream content(TarArchiveInputStream tar, String path) {
            return new FilterInputStream(tar) {
                private long read;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n;
                    try {
                        n = super.read(buffer, offset, length);
                    } catch (IOException e) {
                        throw damaged(e);
                    }
                    if (n > 0) {
                        read += n;
                        unpacked += n;
                        check(read);
                    }
                    return n;
                }

                @Override
                public void close() {
                    // the tar stream goes on to the next entry
                }
            };
        }

        private void checkCompressed() {
            if (compressed.count() > limits.maxArchiveBytes()) {
                throw new LimitExceeded(refused("the archive is more than " + limits.maxArchiveBytes()
                        + " bytes compressed (limit max-archive-bytes)"));
            }
        }

        private void check(long entryBytes) {
            long total = unpacked;
            checkCompressed();
            if (entryBytes > limits.maxEntryBytes()) {
                throw new LimitExceeded(refused("it is more than " + limits.maxEntryBytes()
                        + " bytes unpacked (limit max-entry-bytes)"));
            }
            if (total > limits.maxUnpackedBytes()) {
                throw new LimitExceeded(refused("the archive unpacks to more than " + limits.maxUnpackedBytes()
                        + " bytes (limit max-unpacked-bytes)"));
            }
            if (total > ArchiveLimits.RATIO_FLOOR && total > limits.maxRatio() * Math.max(1, compressed.count())) {
                throw new LimitExceeded(refused("the archive unpacks to more than " + limits.maxRatio()
                        + " times its compressed size, a decompression bomb (limit max-ratio)"));
            }
            progress.advanced(compressed.count(), entries);
        }

        /** A failure to read the archive, whether its bytes are bad or stop coming: never the server's fault. */
        private Unprocessable damaged(IOException e) {
            return new Unprocessable("the archive is truncated or corrupt (at entry '" + current + "'): " + e.getMessage());
        }

        private String refused(String rule) {
            return "archive entry '" + current + "' refused: " + rule;
        }
    }
}
