package org.courseport.domain.course;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One import of an archive into a course, as its caller can follow it: the state, how far the archive
 * has been read, and in the end the version it made (or found identical) or why it failed.
 *
 * @param version     the version made, or the current one an identical archive matched; 0 until succeeded
 * @param newVersion  whether {@code version} was made by this import (false when the content was unchanged)
 */
public record ImportJob(ImportJobId id, CourseKey key, ImportState state, long bytesRead, long entriesRead,
                        int version, boolean newVersion, List<String> warnings, Optional<ImportFailure> failure,
                        Instant createdAt, Instant updatedAt) {
    public ImportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        warnings = List.copyOf(warnings);
    }

    public static ImportJob queued(CourseKey key, Instant now) {
        return new ImportJob(ImportJobId.random(), key, ImportState.QUEUED, 0, 0, 0, false, List.of(),
                Optional.empty(), now, now);
    }

    public ImportJob running(Instant now) {
        return new ImportJob(id, key, ImportState.RUNNING, bytesRead, entriesRead, 0, false, warnings, failure, createdAt, now);
    }

    public ImportJob progressed(long bytes, long entries, Instant now) {
        return new ImportJob(id, key, state, bytes, entries, version, newVersion, warnings, failure, createdAt, now);
    }

    public ImportJob succeeded(int madeOrMatched, boolean made, List<String> noticed, Instant now) {
        return new ImportJob(id, key, ImportState.SUCCEEDED, bytesRead, entriesRead, madeOrMatched, made, noticed,
                Optional.empty(), createdAt, now);
    }

    public ImportJob failed(ImportFailure why, Instant now) {
        return new ImportJob(id, key, ImportState.FAILED, bytesRead, entriesRead, 0, false, warnings, Optional.of(why),
                createdAt, now);
    }
}
