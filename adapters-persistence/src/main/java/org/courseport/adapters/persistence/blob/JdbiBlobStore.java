package org.courseport.adapters.persistence.blob;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.courseport.adapters.persistence.database.SqlErrors;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.StoredBlob;
import org.jdbi.v3.core.Jdbi;

/**
 * Blobs in the database, as chunks of {@value #CHUNK_SIZE} bytes: every node of a cluster sees the
 * same blobs, and memory holds one chunk per stream. An upload writes its chunks under an id of its
 * own and becomes a blob in one short transaction at its end, so a reader never sees part of one; an
 * upload whose writer died leaves only unnamed chunks, which {@link #removeAbandonedUploads} removes.
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
        String upload = UUID.randomUUID().toString();
        jdbi.useHandle(h -> h.createUpdate("insert into blob_uploads (id, started_at) values (:id, :now)")
                .bind("id", upload).bind("now", Timestamps.toDb(clock.instant())).execute());
        boolean kept = false;
        try {
            MessageDigest sha256 = sha256();
            long size = writeChunks(upload, new DigestInputStream(content, sha256));
            StoredBlob blob = new StoredBlob(new BlobId(HexFormat.of().formatHex(sha256.digest())), size);
            kept = name(upload, blob);
            return blob;
        } finally {
            if (!kept) {
                discard(upload);
            }
        }
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
     * Removes the chunks of uploads that started before {@code startedBefore} and never became blobs:
     * what a writer that died mid-upload left. Returns how many uploads it removed.
     */
    public int removeAbandonedUploads(Instant startedBefore) {
        return jdbi.inTransaction(h -> {
            List<String> stale = h.createQuery("select id from blob_uploads where started_at < :before")
                    .bind("before", Timestamps.toDb(startedBefore)).mapTo(String.class).list();
            for (String upload : stale) {
                h.createUpdate("delete from blob_chunks where upload_id = :id").bind("id", upload).execute();
                h.createUpdate("delete from blob_uploads where id = :id").bind("id", upload).execute();
            }
            return stale.size();
        });
    }

    private long writeChunks(String upload, InputStream in) throws IOException {
        byte[] chunk = new byte[CHUNK_SIZE];
        long size = 0;
        int seq = 0;
        int filled;
        while ((filled = in.readNBytes(chunk, 0, CHUNK_SIZE)) > 0) {
            byte[] data = filled == CHUNK_SIZE ? chunk : Arrays.copyOf(chunk, filled);
            int index = seq++;
            jdbi.useHandle(h -> h.createUpdate("insert into blob_chunks (upload_id, seq, data) values (:upload, :seq, :data)")
                    .bind("upload", upload).bind("seq", index).bind("data", data).execute());
            size += filled;
        }
        return size;
    }

    /** Makes the upload the blob; false if the same content is already stored (by anyone, even just now). */
    private boolean name(String upload, StoredBlob blob) {
        try {
            jdbi.useTransaction(h -> {
                h.createUpdate("insert into blobs (id, upload_id, size, created_at) values (:id, :upload, :size, :now)")
                        .bind("id", blob.id().sha256()).bind("upload", upload).bind("size", blob.size())
                        .bind("now", Timestamps.toDb(clock.instant())).execute();
                h.createUpdate("delete from blob_uploads where id = :id").bind("id", upload).execute();
            });
            return true;
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private void discard(String upload) {
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from blob_chunks where upload_id = :id").bind("id", upload).execute();
            h.createUpdate("delete from blob_uploads where id = :id").bind("id", upload).execute();
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
