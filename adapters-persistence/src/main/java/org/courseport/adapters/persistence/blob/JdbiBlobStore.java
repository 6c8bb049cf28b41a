package org.courseport.adapters.persistence.blob;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.courseport.adapters.persistence.database.SqlErrors;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.StoredBlob;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Blobs in the database, as chunks of {@value #CHUNK_SIZE} bytes: every node of a cluster sees the
 * same blobs, and memory holds one chunk per stream. An upload writes its chunks under an id of its
 * own and becomes a blob in one short transaction at its end, so a reader never sees part of one; an
 * upload whose writer died leaves only unnamed chunks, which {@link #collectGarbage} removes.
 */
public final class JdbiBlobStore implements BlobStore {
    static final int CHUNK_SIZE = 256 * 1024;

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiBlobStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public StoredBlob put(InputStream content) throws IOException {
        MessageDigest sha256 = sha256();
        InputStream in = new DigestInputStream(content, sha256);
        byte[] first = in.readNBytes(CHUNK_SIZE);
        if (first.length < CHUNK_SIZE) {
            return putWhole(new StoredBlob(idOf(sha256), first.length), first);
        }
        String upload = UUID.randomUUID().toString();
        jdbi.useHandle(h -> h.createUpdate("insert into blob_uploads (id, started_at) values (:id, :now)")
                .bind("id", upload).bind("now", Timestamps.toDb(clock.instant())).execute());
        boolean kept = false;
        try {
            jdbi.useHandle(h -> insertChunk(h, upload, 0, first));
            long size = first.length + writeChunks(upload, in);
            StoredBlob blob = new StoredBlob(idOf(sha256), size);
            kept = name(upload, blob);
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
    private StoredBlob putWhole(StoredBlob blob, byte[] content) {
        String upload = UUID.randomUUID().toString();
        while (!renew(blob.id())) {
            try {
                jdbi.useTransaction(h -> {
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

    @Override
    public Optional<InputStream> open(BlobId id) {
        return jdbi.withHandle(h -> h.createQuery("select upload_id from blobs where id = :id")
                .bind("id", id.sha256()).mapTo(String.class).findOne())
                .map(upload -> new ChunkInputStream(jdbi, upload));
    }

    @Override
    public Optional<StoredBlob> find(BlobId id) {
        return jdbi.withHandle(h -> h.createQuery("select size from blobs where id = :id")
                .bind("id", id.sha256()).mapTo(Long.class).findOne())
                .map(size -> new StoredBlob(id, size));
    }

    /**
     * Removes what nothing needs any more and was last written before {@code writtenBefore}: blobs that
     * no row names (those an import that failed or died had stored) and the chunks of uploads whose writer
     * died. Nothing written since the oldest unfinished import began is touched, whatever the cutoff, so
     * an import still running keeps its blobs until it commits the version that names them; the cutoff
     * itself should leave ample time between a blob's write and the row that names it (hours, not seconds).
     *
     * <p>A table names a blob by a column called {@code blob_id} or {@code blob_sha}; every such column in
     * the schema is consulted, so a new table that follows the convention is honoured without a change here.
     */
    public Garbage collectGarbage(Instant writtenBefore) {
        List<String> references = references();
        if (references.isEmpty()) {
            throw new IllegalStateException("no column names blobs; refusing to collect garbage");
        }
        String unnamed = references.stream().map(ref -> " and not exists (select 1 from " + ref + " = b.id)")
                .collect(Collectors.joining());
        return jdbi.withHandle(h -> {
            Instant oldestImport = h.createQuery("select min(created_at) from import_jobs where state in ('queued', 'running')")
                    .mapTo(OffsetDateTime.class).findOne().map(OffsetDateTime::toInstant).orElse(writtenBefore);
            OffsetDateTime cutoff = Timestamps.toDb(oldestImport.isBefore(writtenBefore) ? oldestImport : writtenBefore);
            List<Map.Entry<String, String>> candidates = h.createQuery(
                            "select b.id, b.upload_id from blobs b where b.created_at < :cutoff" + unnamed)
                    .bind("cutoff", cutoff)
                    .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getString("upload_id"))).list();
            int blobs = 0;
            for (Map.Entry<String, String> candidate : candidates) {
                // Asked again in the deleting statement: a row may have named it, or a writer touched it, since.
                blobs += h.inTransaction(tx -> {
                    int deleted = tx.createUpdate("delete from blobs b where b.id = :id and b.created_at < :cutoff" + unnamed)
                            .bind("id", candidate.getKey()).bind("cutoff", cutoff).execute();
                    if (deleted == 1) {
                        tx.createUpdate("delete from blob_chunks where upload_id = :upload")
                                .bind("upload", candidate.getValue()).execute();
                    }
                    return deleted;
                });
            }
            List<String> stale = h.createQuery("select id from blob_uploads where started_at < :cutoff")
                    .bind("cutoff", cutoff).mapTo(String.class).list();
            for (String upload : stale) {
                h.useTransaction(tx -> {
                    tx.createUpdate("delete from blob_chunks where upload_id = :id").bind("id", upload).execute();
                    tx.createUpdate("delete from blob_uploads where id = :id").bind("id", upload).execute();
                });
            }
            return new Garbage(blobs, stale.size());
        });
    }

    /** What a garbage collection removed: unnamed blobs, and uploads abandoned half way. */
    public record Garbage(int blobs, int uploads) {
    }

    /** {@code table r where r.column} for every column that names a blob. */
    private List<String> references() {
        return jdbi.withHandle(h -> h.createQuery("""
                        select table_name, column_name from information_schema.columns
                        where table_schema = current_schema and column_name in ('blob_id', 'blob_sha')
                        order by table_name, column_name""")
                .map((rs, ctx) -> rs.getString("table_name") + " r where r." + rs.getString("column_name")).list());
    }

    /** Writes the rest of an upload after its first chunk, each chunk in a statement of its own; returns its size. */
    private long writeChunks(String upload, InputStream in) throws IOException {
        byte[] chunk = new byte[CHUNK_SIZE];
        long size = 0;
        int seq = 1;
        int filled;
        while ((filled = in.readNBytes(chunk, 0, CHUNK_SIZE)) > 0) {
            byte[] data = filled == CHUNK_SIZE ? chunk : Arrays.copyOf(chunk, filled);
            int index = seq++;
            jdbi.useHandle(h -> insertChunk(h, upload, index, data));
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
    private boolean renew(BlobId id) {
        return jdbi.withHandle(h -> h.createUpdate("update blobs set created_at = :now where id = :id")
                .bind("id", id.sha256()).bind("now", Timestamps.toDb(clock.instant())).execute()) == 1;
    }

    /**
     * Makes the upload the blob; false if the same content is already stored (by anyone, even just now).
     * Content stored already is marked as written now, so a garbage collection running meanwhile keeps it
     * for the caller about to name it; should one have removed it this very moment, the upload is kept instead.
     */
    private boolean name(String upload, StoredBlob blob) {
        while (true) {
            try {
                jdbi.useTransaction(h -> {
                    insertBlob(h, upload, blob);
                    h.createUpdate("delete from blob_uploads where id = :id").bind("id", upload).execute();
                });
                return true;
            } catch (RuntimeException e) {
                if (!SqlErrors.isUniqueViolation(e)) {
                    throw e;
                }
            }
            if (renew(blob.id())) {
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

    private static BlobId idOf(MessageDigest sha256) {
        return new BlobId(HexFormat.of().formatHex(sha256.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
