package org.courseport.application.course;

import java.io.IOException;
import org.courseport.domain.course.FetchedArchive;

/** Gets a queued job's archive once a worker takes the job up: an upload's body, or a fetch from git. */
@FunctionalInterface
public interface ArchiveFetch {

    /** @throws IOException only for a fault of the server; the archive's own faults are domain failures */
    FetchedArchive fetch() throws IOException;
}
