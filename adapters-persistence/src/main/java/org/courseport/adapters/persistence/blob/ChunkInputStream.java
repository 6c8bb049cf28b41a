package org.courseport.adapters.persistence.blob;

import java.io.InputStream;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * A stored blob's bytes, fetched one chunk at a time with a short query each, so a slow reader holds
 * neither a connection nor more than one chunk.
 */
final class ChunkInputStream extends InputStream {
    private final Jdbi jdbi;
    private final String upload;
    private int nextSeq;
    private byte[] chunk = new byte[0];
    private int position;
    private boolean exhausted;

    ChunkInputStream(Jdbi jdbi, String upload) {
        this.jdbi = jdbi;
        this.upload = upload;
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

    /** True when bytes are ready to read; fetches the next chunk when the current one is used up. */
    private boolean fill() {
        while (position == chunk.length) {
            if (exhausted) {
                return false;
            }
            int seq = nextSeq++;
            byte[] next = jdbi.withHandle(h -> h.createQuery("select data from blob_chunks where upload_id = :upload and seq = :seq")
                    .bind("upload", upload).bind("seq", seq).mapTo(byte[].class).findOne().orElse(null));
            if (next == null) {
                exhausted = true;
                chunk = new byte[0];
                position = 0;
                return false;
            }
            chunk = next;
            position = 0;
        }
        return true;
    }
}
