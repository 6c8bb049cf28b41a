package org.courseport.client.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where an import's tar.gz comes from, opened when the request is sent (and again should the client
 * have to send it again): a file ({@code () -> Files.newInputStream(path)}), or a course directory
 * archived as it is read ({@code CourseDirectory::archive}).
 */
@FunctionalInterface
public interface ArchiveSource {
    InputStream open() throws IOException;
}
