package org.courseport.client.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * An export as it arrives: the archive's bytes straight from the socket, and what the headers say of
 * them. Close it (or read it to the end) to free the connection.
 */
public record CourseDownload(InputStream body, int version, String etag, String fileName) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        body.close();
    }
}
