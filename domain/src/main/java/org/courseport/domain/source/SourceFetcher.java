package org.courseport.domain.source;

import java.io.IOException;
import org.courseport.domain.course.FetchedArchive;

/**
 * Fetches the head of a branch (shallow, that branch alone) and gives the tree under the source's
 * path as a course archive, refusing what an uploaded archive may not hold: a symbolic link or a
 * submodule is an {@code Unprocessable} naming it, a repository that cannot be fetched one saying why.
 */
public interface SourceFetcher {

    /** @throws IOException only for a fault of the server (its disk) */
    FetchedArchive fetch(SourceFetch fetch) throws IOException;
}
