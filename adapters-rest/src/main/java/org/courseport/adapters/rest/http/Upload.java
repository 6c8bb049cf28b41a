package org.courseport.adapters.rest.http;

import java.io.InputStream;
import java.util.Optional;

/**
 * The content a route takes, as a stream: a multipart part (spooled in the upload spool, never held
 * in memory) or the text of a parameter. {@code fileName} is the name a file part came with.
 */
public record Upload(Optional<String> fileName, InputStream stream) {
}
