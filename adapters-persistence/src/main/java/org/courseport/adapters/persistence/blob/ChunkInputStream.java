package org.courseport.adapters.persistence.blob;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * A stored blob's bytes, fetched {@value #READ_AHEAD} chunks at a time with a short query each: one
 * round trip per megabyte rather than per chunk, while a slow reader holds neither a connection nor
 * more than those chunks.
 */
final class ChunkInputStream extends InputStream {
    static final int READ_AHEAD = 4;

    private final Jdbi jdbi;
    private final String upload;
    private int nextSeq;
    private final ArrayDeque<byte[]> ahead = new ArrayDeque<>();
    private byte[] chunk = new byte[0];
    private int position;
    private boolean exhausted;

    /** @param first the upload's first chunks, fetched with the blob: up to {@value #READ_AHEAD}, fewer if that is all */
    ChunkInputStream(Jdbi jdbi, String upload, List<byte[]> first) {
        this.jdbi = jdbi;
        this.upload = upload;
        ahead.addAll(first);
        nextSeq = first.size();
        exhausted = first.size() < READ_AHEAD;
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        return chunk[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, count);
        position += count;
        return count;
    }

    @Override
    public int available() {
        return chunk.length - position;
    }

    /** True when bytes are ready to read; takes the next chunk when the current one is used up. */
    private boolean fill() {
        while (position == chunk.length) {
            if (ahead.isEmpty() && !exhausted) {
                fetch();
            }
            if (ahead.isEmpty()) {
                return false;
            }
            chunk = ahead.removeFirst();
            position = 0;
        }
        return true;
    }

    private void fetch() {
        int from = nextSeq;
        List<byte[]> chunks = jdbi.withHandle(h -> h.createQuery("select data from blob_chunks"
                        + " where upload_id = :upload and seq >= :from and seq < :to order by seq")
                .bind("upload", upload).bind("from", from).bind("to", from + READ_AHEAD).mapTo(byte[].class).list());
        ahead.addAll(chunks);
        nextSeq += chunks.size();
        exhausted = chunks.size() < READ_AHEAD;
    }
}
