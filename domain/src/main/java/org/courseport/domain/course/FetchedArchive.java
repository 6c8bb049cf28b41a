package org.courseport.domain.course;

import java.io.InputStream;
import java.util.Optional;

/**
 * A course archive an import reads once a worker has fetched it, and where it came from. Closing it
 * removes whatever the fetch left behind.
 */
public interface FetchedArchive extends AutoCloseable {

    /** The archive, an OLX tar.gz read to its end once. */
    InputStream archive();

    /** The repository and commit, for an archive made from git. */
    Optional<SourceRevision> source();

    @Override
    void close();

    /** An uploaded archive: the body is the caller's to close. */
    static FetchedArchive upload(InputStream body) {
        return new FetchedArchive() {
            @Override
            public InputStream archive() {
                return body;
            }

            @Override
            public Optional<SourceRevision> source() {
                return Optional.empty();
            }

            @Override
            public void close() {
                // the request body belongs to the caller
            }
        };
    }
}
