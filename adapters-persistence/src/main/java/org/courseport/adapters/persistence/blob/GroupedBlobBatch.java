package org.courseport.adapters.persistence.blob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.courseport.adapters.persistence.blob.JdbiBlobStore.Commits;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.domain.blob.BlobBatch;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.Sha256;
import org.courseport.domain.blob.StoredBlob;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * A PostgreSQL batch that writes small content (under a chunk: most files of a course) many blobs to
 * a transaction instead of one each: a group of up to {@value #GROUP_BLOBS} blobs or
 * {@value #GROUP_BYTES} bytes is stored by one upsert of its blob rows, which renews those stored
 * already and says which are new, and one batch of chunks for the new ones. An identical re-import so
 * costs a round trip per group, not per file. Larger content is hashed first by the store when it is
 * likely stored already (a file imported again); other large content is written as it is hashed.
 * Group transactions commit asynchronously; {@link #makeDurable()} writes the last group and then
 * commits synchronously, which flushes the WAL over every earlier commit.
 */
final class GroupedBlobBatch implements BlobBatch {
    static final int GROUP_BLOBS = 256;
    static final int GROUP_BYTES = 2 * 1024 * 1024;

    /** How the store writes content of a chunk or more, its first chunk read and hashed already. */
    interface LargePut {
        StoredBlob put(byte[] first, InputStream rest, MessageDigest sha256, Commits commits) throws IOException;
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final LargePut large;
    /** Content to store, by blob: the same content twice in a group is written once. */
    private Map<BlobId, byte[]> group = new LinkedHashMap<>();
    private long groupBytes;

    GroupedBlobBatch(Jdbi jdbi, Clock clock, LargePut large) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.large = large;
    }

    @Override
    public StoredBlob put(InputStream content) throws IOException {
        return put(content, false);
    }

    @Override
    public StoredBlob put(InputStream content, StoredBlob likely) throws IOException {
        return put(content, true);
    }

    private StoredBlob put(InputStream content, boolean likelyStored) throws IOException {
        MessageDigest sha256 = Sha256.newDigest();
        InputStream in = new DigestInputStream(content, sha256);
        byte[] first = in.readNBytes(JdbiBlobStore.CHUNK_SIZE);
        if (first.length == JdbiBlobStore.CHUNK_SIZE) {
            return likelyStored ? large.put(first, in, sha256, Commits.ASYNCHRONOUS) : writeAsHashed(first, in, sha256);
        }
        StoredBlob blob = new StoredBlob(new BlobId(Sha256.hex(sha256)), first.length);
        Map<BlobId, byte[]> full = null;
        synchronized (this) {
            if (group.putIfAbsent(blob.id(), first) == null) {
                groupBytes += first.length;
            }
            if (group.size() >= GROUP_BLOBS || groupBytes >= GROUP_BYTES) {
                full = takeGroup();
            }
        }
        if (full != null) { // written outside the lock: other writers go on filling the next group
            write(full, Commits.ASYNCHRONOUS);
        }
        return blob;
    }

    @Override
    public void makeDurable() {
        Map<BlobId, byte[]> last;
        synchronized (this) {
            last = takeGroup();
        }
        write(last, Commits.DURABLE);
    }

    /**
     * New content of a chunk or more, written as it is hashed, in one transaction: no memory or spool
     * holds it while it waits for the database. Its chunks go under an upload id of its own, then its row
     * by an upsert; should the same content be stored already, the upsert renews that blob and the chunks
     * just written go again. A failure leaves nothing, so no upload is left to collect.
     */
    private StoredBlob writeAsHashed(byte[] first, InputStream rest, MessageDigest sha256) throws IOException {
        String upload = UUID.randomUUID().toString();
        return jdbi.inTransaction((Handle h) -> {
            h.execute("set local synchronous_commit to off");
            long size = JdbiBlobStore.insertChunks(h, upload, new SequenceInputStream(new ByteArrayInputStream(first), rest));
            StoredBlob blob = new StoredBlob(new BlobId(Sha256.hex(sha256)), size);
            String named = upsert(h, List.of(blob), Map.of(blob.id().sha256(), upload)).get(blob.id().sha256());
            if (!named.equals(upload)) {
                h.createUpdate("delete from blob_chunks where upload_id = :upload").bind("upload", upload).execute();
            }
            return blob;
        });
    }

    /** A group not yet written is dropped; one written but not made durable is blobs nothing names yet. */
    @Override
    public synchronized void close() {
        takeGroup();
    }

    private Map<BlobId, byte[]> takeGroup() {
        Map<BlobId, byte[]> taken = group;
        group = new LinkedHashMap<>();
        groupBytes = 0;
        return taken;
    }

    /**
     * One transaction: the upsert inserts the rows of new blobs under upload ids of their own and renews
     * the others (a collection running meanwhile either removed them first, so they are inserted anew,
     * or finds them young). It returns each row's upload: only blobs that came back with their own get chunks.
     */
    private void write(Map<BlobId, byte[]> blobs, Commits commits) {
        jdbi.useTransaction(h -> {
            if (commits == Commits.ASYNCHRONOUS) {
                h.execute("set local synchronous_commit to off");
            }
            if (blobs.isEmpty()) {
                // txid_current() gives the transaction an id, so its commit is written and flushed
                h.createQuery("select txid_current()").mapTo(Long.class).one();
                return;
            }
            Map<String, String> uploads = new LinkedHashMap<>();
            blobs.keySet().forEach(id -> uploads.put(id.sha256(), UUID.randomUUID().toString()));
            Map<String, String> rows = upsert(h, blobs.entrySet().stream()
                    .map(blob -> new StoredBlob(blob.getKey(), blob.getValue().length)).toList(), uploads);
            PreparedBatch chunks = h.prepareBatch("insert into blob_chunks (upload_id, seq, data) values (:upload, 0, :data)");
            blobs.forEach((id, data) -> {
                String upload = uploads.get(id.sha256());
                if (data.length > 0 && upload.equals(rows.get(id.sha256()))) {
                    chunks.bind("upload", upload).bind("data", data).add();
                }
            });
            if (chunks.size() > 0) {
                chunks.execute();
            }
        });
    }

    /** The blob rows after the upsert: each blob's upload, its own if it is new. */
    private Map<String, String> upsert(Handle h, List<StoredBlob> blobs, Map<String, String> uploads) {
        StringBuilder sql = new StringBuilder("insert into blobs (id, upload_id, size, created_at) values ");
        for (int i = 0; i < blobs.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?)");
        }
        sql.append(" on conflict (id) do update set created_at = excluded.created_at returning id, upload_id");
        Query upsert = h.createQuery(sql.toString());
        OffsetDateTime now = Timestamps.toDb(clock.instant());
        int position = 0;
        for (StoredBlob blob : blobs) {
            String id = blob.id().sha256();
            upsert.bind(position++, id).bind(position++, uploads.get(id)).bind(position++, blob.size()).bind(position++, now);
        }
        Map<String, String> rows = new LinkedHashMap<>();
        upsert.map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getString("upload_id")))
                .forEach(row -> rows.put(row.getKey(), row.getValue()));
        return rows;
    }
}
