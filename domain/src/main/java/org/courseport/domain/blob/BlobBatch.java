package org.courseport.domain.blob;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Puts made durable together: a store that syncs each write may defer the syncs of a batch to one
 * barrier, {@link #makeDurable()}, so an import of thousands of files waits for the disk once. Nothing
 * may name a blob of the batch before that barrier has returned; until then a blob may be invisible to
 * {@link BlobStore#open} and {@link BlobStore#find}. {@link #put} may be called from several threads.
 */
public interface BlobBatch extends Closeable {

    /** As {@link BlobStore#put}, but the content need not be durable (or visible) before {@link #makeDurable()}. */
    StoredBlob put(InputStream content) throws IOException;

    /**
     * As {@link #put(InputStream)}, for content that is likely the blob {@code likely} (a course's file
     * imported again at the same path, with the same size): a store may compare the content with that
     * blob instead of hashing it. The answer is the blob the content is, whether or not it is {@code likely}.
     */
    default StoredBlob put(InputStream content, StoredBlob likely) throws IOException {
        return put(content);
    }

    /** Returns once every blob put so far is durable and visible. */
    void makeDurable() throws IOException;

    /** Forgets what was not made durable; it never becomes visible. */
    @Override
    void close() throws IOException;

    /** A batch of a store whose every put is durable already: the barrier has nothing to do. */
    static BlobBatch eachDurable(BlobStore store) {
        return new BlobBatch() {
            @Override
            public StoredBlob put(InputStream content) throws IOException {
                return store.put(content);
            }

            @Override
            public void makeDurable() {
                // each put was
            }

            @Override
            public void close() {
                // nothing waits
            }
        };
    }
}
