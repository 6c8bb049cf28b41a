package org.courseport.adapters.rest.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A request body handed to a use case as a stream, remembering whether reading it failed. A use case
 * turns a failed read into its own verdict (an import "could not read the archive to its end": 422);
 * when the client stalled or hung up, that failure is the answer instead (408, 400).
 */
public final class RequestBody extends FilterInputStream {
    /** Set on the thread that reads, which may be a use case's worker; read on the request's thread. */
    private volatile IOException failure;

    public RequestBody(InputStream body) {
        super(body);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    /** Throws the failure of a read, if one failed. */
    public void rethrowFailure() {
        IOException failed = failure;
        if (failed != null) {
            throw new UncheckedIOException("the request body could not be read", failed);
        }
    }
}
