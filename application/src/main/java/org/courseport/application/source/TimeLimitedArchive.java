package org.courseport.application.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.courseport.domain.course.FetchedArchive;
import org.courseport.domain.course.SourceRevision;
import org.courseport.domain.error.LimitExceeded;

/**
 * A fetched archive that an import may read for so long only: a repository whose course takes longer
 * fails its job rather than hold an import worker.
 */
final class TimeLimitedArchive implements FetchedArchive {
    private final FetchedArchive fetched;
    private final InputStream archive;

    TimeLimitedArchive(FetchedArchive fetched, Duration limit, Clock clock) {
        this.fetched = fetched;
        Instant deadline = clock.instant().plus(limit);
        this.archive = new FilterInputStream(fetched.archive()) {
            @Override
            public int read() throws IOException {
                check();
                return super.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                check();
                return super.read(buffer, offset, length);
            }

            private void check() {
                if (clock.instant().isAfter(deadline)) {
                    throw new LimitExceeded("the import took longer than " + limit.toSeconds()
                            + " seconds (limit git-import-timeout)");
                }
            }
        };
    }

    @Override
    public InputStream archive() {
        return archive;
    }

    @Override
    public Optional<SourceRevision> source() {
        return fetched.source();
    }

    @Override
    public void close() {
        fetched.close();
    }
}
