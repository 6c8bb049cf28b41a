package org.courseport.adapters.archive.embedding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.domain.blob.BlobBatch;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.StoredBlob;

/**
 * The small blobs an archive reader stored last, kept in memory for the outline reader that reads
 * them right after: an outline reads hundreds of small XML files, and on a database store each read
 * is a round trip. Content is addressed by its hash, so what is kept is never stale. A blob is kept
 * only once its batch made it durable (so a failed import leaves nothing), at most
 * {@value #MAX_BLOB} bytes each and {@value #MAX_BYTES} in all, the least recently used going first.
 */
final class RecentSmallBlobs {
    static final int MAX_BLOB = 16 * 1024;
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private final LinkedHashMap<BlobId, byte[]> kept = new LinkedHashMap<>(256, 0.75f, true);
    private long keptBytes;

    /** {@code blobs}, its batches remembering the small content they store, its opens served from memory first. */
    BlobStore over(BlobStore blobs) {
        return new BlobStore() {
            @Override
            public StoredBlob put(InputStream content) throws IOException {
                return blobs.put(content);
            }

            @Override
            public Optional<InputStream> open(BlobId id) throws IOException {
                byte[] content = get(id);
                return content != null ? Optional.of(new ByteArrayInputStream(content)) : blobs.open(id);
            }

            @Override
            public Optional<StoredBlob> find(BlobId id) throws IOException {
                return blobs.find(id);
            }

            @Override
            public BlobBatch batch() {
                return new Remembering(blobs.batch());
            }
        };
    }

    private synchronized byte[] get(BlobId id) {
        return kept.get(id);
    }

    private synchronized void keep(List<Map.Entry<BlobId, byte[]>> durable) {
        for (Map.Entry<BlobId, byte[]> blob : durable) {
            if (kept.put(blob.getKey(), blob.getValue()) == null) {
                keptBytes += blob.getValue().length;
            }
        }
        var oldest = kept.values().iterator();
        while (keptBytes > MAX_BYTES && oldest.hasNext()) {
            keptBytes -= oldest.next().length;
            oldest.remove();
        }
    }

    /** A batch noting its small content, up to the cap, to keep once it is durable. */
    private final class Remembering implements BlobBatch {
        private final BlobBatch batch;
        private final List<Map.Entry<BlobId, byte[]>> noted = new ArrayList<>();
        private long notedBytes;

        Remembering(BlobBatch batch) {
            this.batch = batch;
        }

        @Override
        public StoredBlob put(InputStream content) throws IOException {
            byte[] head = content.readNBytes(MAX_BLOB + 1);
            if (head.length > MAX_BLOB) {
                return batch.put(new SequenceInputStream(new ByteArrayInputStream(head), content));
            }
            StoredBlob blob = batch.put(new ByteArrayInputStream(head));
            synchronized (noted) {
                if (notedBytes + head.length <= MAX_BYTES) {
                    noted.add(Map.entry(blob.id(), head));
                    notedBytes += head.length;
                }
            }
            return blob;
        }

        /** Content likely larger than is kept here goes on with its likely blob; other content is noted as any. */
        @Override
        public StoredBlob put(InputStream content, StoredBlob likely) throws IOException {
            return likely.size() > MAX_BLOB ? batch.put(content, likely) : put(content);
        }

        @Override
        public void makeDurable() throws IOException {
            batch.makeDurable();
            synchronized (noted) {
                keep(noted);
                noted.clear();
                notedBytes = 0;
            }
        }

        @Override
        public void close() throws IOException {
            batch.close();
        }
    }
}
