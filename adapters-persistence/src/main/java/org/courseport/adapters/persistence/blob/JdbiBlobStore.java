package org.courseport.adapters.persistence.blob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.courseport.adapters.persistence.files.OwnerOnly;
import org.courseport.adapters.persistence.database.SqlErrors;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.domain.blob.AgedBlob;
import org.courseport.domain.blob.BlobBatch;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.CollectableBlobStore;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.Sha256;
import org.courseport.domain.blob.StoredBlob;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Blobs in the database, as chunks of {@value #CHUNK_SIZE} bytes: every node of a cluster sees the
 * same blobs, and memory holds one chunk per stream (a few more for content hashed first). Content streamed
 * straight in writes its chunks under an upload id of its own and becomes a blob in one short
 * transaction at its end, so a reader never sees part of one; an upload whose writer died leaves only
 * unnamed chunks, which {@link #removeAbandonedWrites} removes. Content hashed first (held in memory
 * or spooled) is written and named in one transaction.
 * A blob's {@code created_at} is when it was last written: storing it again renews it.
 */
public final class JdbiBlobStore implements CollectableBlobStore {
    static final int CHUNK_SIZE = 256 * 1024;
    /** Chunks of spooled content sent together: memory holds that many, 1 MiB. */
    private static final int CHUNKS_PER_ROUND_TRIP = 4;
    /** Bytes of large content all writers together may hold to hash before writing (past the first chunk). */
    private static final int HASH_FIRST_BYTES = 16 * 1024 * 1024;

    private final BufferPool hashFirst = new BufferPool(CHUNK_SIZE, HASH_FIRST_BYTES / CHUNK_SIZE);

    private final Jdbi jdbi;
    private final Clock clock;
    /** Null: content over a chunk streams straight into the database. */
    private final Path spool;
    /** Asked of the database once, on first use. */
    private volatile Boolean postgres;

    public JdbiBlobStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.spool = null;
    }

    /**
     * Hashes first: content over a chunk is held in memory while a shared pool allows, else spooled to
     * {@code spool}, a directory of this process's own, and written to the database only if it is not
     * stored already. So an identical re-import writes
     * nothing but the blobs' new times.
     */
    public JdbiBlobStore(Jdbi jdbi, Clock clock, Path spool) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.spool = spool;
        try {
            OwnerOnly.createDirectories(spool);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the blob spool " + spool, e);
        }
    }

    @Override
    public StoredBlob put(InputStream content) throws IOException {
        return put(content, Commits.DURABLE);
    }

    /**
     * On PostgreSQL a batch commits its writes asynchronously (no WAL flush each) and its barrier is one
     * synchronous commit: that flushes the WAL up to itself, which holds every earlier commit. Small
     * content is written (or, stored already, renewed) many blobs to a transaction, see
     * {@link GroupedBlobBatch}. H2 has no such setting, so there each put stays durable on its own.
     */
    @Override
    public BlobBatch batch() {
        if (!postgres()) {
            return BlobBatch.eachDurable(this);
        }
        return new GroupedBlobBatch(jdbi, clock, this::putLarge);
    }

    /** Whether a transaction waits for its commit to reach the disk; only PostgreSQL is told otherwise. */
    enum Commits { DURABLE, ASYNCHRONOUS }

    private StoredBlob put(InputStream content, Commits commits) throws IOException {
        MessageDigest sha256 = Sha256.newDigest();
        InputStream in = new DigestInputStream(content, sha256);
        byte[] first = in.readNBytes(CHUNK_SIZE);
        if (first.length < CHUNK_SIZE) {
            return putWhole(new StoredBlob(new BlobId(Sha256.hex(sha256)), first.length), first, commits);
        }
        return putLarge(first, in, sha256, commits);
    }

    /** Content of a chunk or more: {@code first} is that chunk, {@code rest} the rest, both hashing into {@code sha256}. */
    private StoredBlob putLarge(byte[] first, InputStream rest, MessageDigest sha256, Commits commits) throws IOException {
        if (spool != null) {
            return spooled(first, rest, sha256, commits);
        }
        return upload(new SequenceInputStream(new ByteArrayInputStream(first), rest),
                size -> new StoredBlob(new BlobId(Sha256.hex(sha256)), size), commits);
    }

    /**
     * Hashes before writing anything: content is held in memory while the shared pool has buffers
     * ({@value #HASH_FIRST_BYTES} bytes for all writers), and spooled to disk past that. Content stored
     * already is only renewed.
     */
    private StoredBlob spooled(byte[] first, InputStream rest, MessageDigest sha256, Commits commits) throws IOException {
        List<byte[]> held = new ArrayList<>();
        try {
            int last = CHUNK_SIZE;
            long size = first.length;
            while (last == CHUNK_SIZE) {
                byte[] buffer = hashFirst.take();
                if (buffer == null) {
                    break;
                }
                held.add(buffer);
                last = rest.readNBytes(buffer, 0, CHUNK_SIZE);
                size += last;
            }
            if (last < CHUNK_SIZE) {
                int lastLength = last;
                StoredBlob blob = new StoredBlob(new BlobId(Sha256.hex(sha256)), size);
                return renew(blob.id(), commits) ? blob : uploadOnce(() -> held(first, held, lastLength), blob, commits);
            }
            return spooledToDisk(first, held, rest, sha256, commits);
        } finally {
            held.forEach(hashFirst::give);
        }
    }

    /** The held content as a stream: the first chunk, then every pooled buffer, the last one up to {@code lastLength}. */
    private static InputStream held(byte[] first, List<byte[]> held, int lastLength) {
        List<InputStream> parts = new ArrayList<>();
        parts.add(new ByteArrayInputStream(first));
        for (int i = 0; i < held.size(); i++) {
            parts.add(new ByteArrayInputStream(held.get(i), 0, i == held.size() - 1 ? lastLength : CHUNK_SIZE));
        }
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    /** Content larger than the pool allows: what is held (full chunks) and the rest go to a spool file. */
    private StoredBlob spooledToDisk(byte[] first, List<byte[]> held, InputStream rest, MessageDigest sha256,
                                     Commits commits) throws IOException {
        Path file = Files.createTempFile(spool, "blob-", ".spool");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(first);
                for (byte[] chunk : held) {
                    out.write(chunk);
                }
                rest.transferTo(out);
            }
            StoredBlob blob = new StoredBlob(new BlobId(Sha256.hex(sha256)), Files.size(file));
            if (renew(blob.id(), commits)) {
                return blob;
            }
            return uploadOnce(() -> Files.newInputStream(file), blob, commits);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Content that can be read again, from memory or the spool. */
    private interface Rereadable {
        InputStream open() throws IOException;
    }

    /**
     * Held or spooled content reads at memory or disk speed, not the network's, so its chunks and its
     * name go in one transaction, {@value #CHUNKS_PER_ROUND_TRIP} chunks to a round trip: a failure
     * leaves nothing of it. Should the same content be named meanwhile, that blob is renewed instead;
     * should a collection have removed it this very moment, the content is written again.
     */
    private StoredBlob uploadOnce(Rereadable content, StoredBlob blob, Commits commits) throws IOException {
        while (true) {
            String upload = UUID.randomUUID().toString();
            try {
                jdbi.useTransaction((Handle h) -> {
                    relax(h, commits);
                    try (InputStream in = content.open()) {
                        insertChunks(h, upload, in);
                    }
                    insertBlob(h, upload, blob);
                });
                return blob;
            } catch (RuntimeException e) {
                if (!SqlErrors.isUniqueViolation(e)) {
                    throw e;
                }
            }
            if (renew(blob.id(), commits)) {
                return blob;
            }
        }
    }

    /** Writes the content as the upload's chunks, {@value #CHUNKS_PER_ROUND_TRIP} to a round trip; returns its size. */
    static long insertChunks(Handle h, String upload, InputStream in) throws IOException {
        String sql = "insert into blob_chunks (upload_id, seq, data) values (:upload, :seq, :data)";
        PreparedBatch batch = h.prepareBatch(sql);
        int seq = 0;
        long size = 0;
        for (byte[] chunk = in.readNBytes(CHUNK_SIZE); chunk.length > 0; chunk = in.readNBytes(CHUNK_SIZE)) {
            size += chunk.length;
            batch.bind("upload", upload).bind("seq", seq++).bind("data", chunk).add();
            if (batch.size() == CHUNKS_PER_ROUND_TRIP) {
                batch.execute();
                batch = h.prepareBatch(sql);
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
        return size;
    }

    /** Writes the content as chunks under an upload id of its own, then names it the blob {@code blobOfSize} gives. */
    private StoredBlob upload(InputStream content, LongFunction<StoredBlob> blobOfSize, Commits commits) throws IOException {
        String upload = UUID.randomUUID().toString();
        transaction(commits, h -> h.createUpdate("insert into blob_uploads (id, started_at) values (:id, :now)")
                .bind("id", upload).bind("now", Timestamps.toDb(clock.instant())).execute());
        boolean kept = false;
        try {
            StoredBlob blob = blobOfSize.apply(writeChunks(upload, content, commits));
            kept = name(upload, blob, commits);
            return blob;
        } finally {
            if (!kept) {
                discard(upload);
            }
        }
    }

    /**
     * Content smaller than a chunk, already read: most files of a course. Nothing is written when it is
     * stored already (it is only renewed), else it is stored in one short transaction.
     */
    private StoredBlob putWhole(StoredBlob blob, byte[] content, Commits commits) {
        String upload = UUID.randomUUID().toString();
        while (!renew(blob.id(), commits)) {
            try {
                transaction(commits, h -> {
                    if (content.length > 0) {
                        insertChunk(h, upload, 0, content);
                    }
                    insertBlob(h, upload, blob);
                });
                return blob;
            } catch (RuntimeException e) {
                if (!SqlErrors.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
        return blob;
    }

    /** The blob's first chunks come with its row, in one round trip: a small file is read with one query. */
    @Override
    public Optional<InputStream> open(BlobId id) {
        List<Map.Entry<String, Optional<byte[]>>> rows = jdbi.withHandle(h -> h.createQuery("select b.upload_id, c.data"
                        + " from blobs b left join blob_chunks c on c.upload_id = b.upload_id and c.seq < :ahead"
                        + " where b.id = :id order by c.seq")
                .bind("id", id.sha256()).bind("ahead", ChunkInputStream.READ_AHEAD)
                .map((rs, ctx) -> Map.entry(rs.getString("upload_id"), Optional.ofNullable(rs.getBytes("data")))).list());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<byte[]> first = rows.stream().flatMap(row -> row.getValue().stream()).toList();
        return Optional.of(new ChunkInputStream(jdbi, rows.get(0).getKey(), first));
    }

    @Override
    public Optional<StoredBlob> find(BlobId id) {
        return jdbi.withHandle(h -> h.createQuery("select size from blobs where id = :id")
                .bind("id", id.sha256()).mapTo(Long.class).findOne())
                .map(size -> new StoredBlob(id, size));
    }

    @Override
    public List<AgedBlob> blobs() {
        return jdbi.withHandle(h -> h.createQuery("select id, size, created_at from blobs")
                .map((rs, ctx) -> new AgedBlob(new StoredBlob(new BlobId(rs.getString("id")), rs.getLong("size")),
                        Timestamps.fromDb(rs, "created_at"))).list());
    }

    /** The age is asked in the deleting statement itself, so a writer renewing the blob meanwhile keeps it. */
    @Override
    public boolean remove(BlobId id, Instant writtenBefore) {
        return jdbi.inTransaction(h -> {
            Optional<String> upload = h.createQuery("select upload_id from blobs where id = :id")
                    .bind("id", id.sha256()).mapTo(String.class).findOne();
            boolean removed = upload.isPresent() && h.createUpdate("delete from blobs where id = :id and created_at < :before")
                    .bind("id", id.sha256()).bind("before", Timestamps.toDb(writtenBefore)).execute() == 1;
            if (removed) {
                h.createUpdate("delete from blob_chunks where upload_id = :upload").bind("upload", upload.get()).execute();
            }
            return removed;
        });
    }

    /** The chunks of uploads whose writer died before naming them, and the spool files of a writer that died. */
    @Override
    public int removeAbandonedWrites(Instant startedBefore) throws IOException {
        List<String> stale = jdbi.withHandle(h -> h.createQuery("select id from blob_uploads where started_at < :before")
                .bind("before", Timestamps.toDb(startedBefore)).mapTo(String.class).list());
        stale.forEach(this::discard);
        int removed = stale.size();
        if (spool != null) {
            try (Stream<Path> files = Files.list(spool)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    try {
                        if (Files.getLastModifiedTime(file).toInstant().isBefore(startedBefore) && Files.deleteIfExists(file)) {
                            removed++;
                        }
                    } catch (NoSuchFileException done) {
                        // its writer finished meanwhile
                    }
                }
            }
        }
        return removed;
    }

    /** Writes an upload's chunks, each in a statement of its own; returns its size. */
    private long writeChunks(String upload, InputStream in, Commits commits) throws IOException {
        byte[] chunk = new byte[CHUNK_SIZE];
        long size = 0;
        int seq = 0;
        int filled;
        while ((filled = in.readNBytes(chunk, 0, CHUNK_SIZE)) > 0) {
            byte[] data = filled == CHUNK_SIZE ? chunk : Arrays.copyOf(chunk, filled);
            int index = seq++;
            transaction(commits, h -> insertChunk(h, upload, index, data));
            size += filled;
        }
        return size;
    }

    private static void insertChunk(Handle h, String upload, int seq, byte[] data) {
        h.createUpdate("insert into blob_chunks (upload_id, seq, data) values (:upload, :seq, :data)")
                .bind("upload", upload).bind("seq", seq).bind("data", data).execute();
    }

    private void insertBlob(Handle h, String upload, StoredBlob blob) {
        h.createUpdate("insert into blobs (id, upload_id, size, created_at) values (:id, :upload, :size, :now)")
                .bind("id", blob.id().sha256()).bind("upload", upload).bind("size", blob.size())
                .bind("now", Timestamps.toDb(clock.instant())).execute();
    }

    /** Marks stored content as written now, so that a collection keeps it; false if it is not stored. */
    private boolean renew(BlobId id, Commits commits) {
        return jdbi.inTransaction(h -> {
            relax(h, commits);
            return h.createUpdate("update blobs set created_at = :now where id = :id")
                    .bind("id", id.sha256()).bind("now", Timestamps.toDb(clock.instant())).execute();
        }) == 1;
    }

    private void transaction(Commits commits, HandleConsumer<RuntimeException> work) {
        jdbi.useTransaction(h -> {
            relax(h, commits);
            work.useHandle(h);
        });
    }

    private static void relax(Handle h, Commits commits) {
        if (commits == Commits.ASYNCHRONOUS) {
            h.execute("set local synchronous_commit to off");
        }
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbi.withHandle(h -> {
                try {
                    return h.getConnection().getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
                } catch (SQLException e) {
                    throw new IllegalStateException("the database does not say what it is", e);
                }
            });
            postgres = known;
        }
        return known;
    }

    /**
     * Makes the upload the blob; false if the same content is already stored (by anyone, even just now).
     * Content stored already is marked as written now, so a garbage collection running meanwhile keeps it
     * for the caller about to name it; should one have removed it this very moment, the upload is kept instead.
     */
    private boolean name(String upload, StoredBlob blob, Commits commits) {
        while (true) {
            try {
                transaction(commits, h -> {
                    insertBlob(h, upload, blob);
                    h.createUpdate("delete from blob_uploads where id = :id").bind("id", upload).execute();
                });
                return true;
            } catch (RuntimeException e) {
                if (!SqlErrors.isUniqueViolation(e)) {
                    throw e;
                }
            }
            if (renew(blob.id(), commits)) {
                return false;
            }
        }
    }

    private void discard(String upload) {
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from blob_chunks where upload_id = :id").bind("id", upload).execute();
            h.createUpdate("delete from blob_uploads where id = :id").bind("id", upload).execute();
        });
    }

}
