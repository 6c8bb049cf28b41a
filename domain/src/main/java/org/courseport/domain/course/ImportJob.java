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
 * @param source      the repository and commit, for an import from git
 */
public record ImportJob(ImportJobId id, CourseKey key, ImportState state, long bytesRead, long entriesRead,
                        int version, boolean newVersion, List<String> warnings, Optional<ImportFailure> failure,
                        Instant createdAt, Instant updatedAt, Optional<SourceRevision> source) {
    public ImportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(source, "source");
        warnings = List.copyOf(warnings);
    }

    /** A job of an uploaded archive. */
    public ImportJob(ImportJobId id, CourseKey key, ImportState state, long bytesRead, long entriesRead, int version,
                     boolean newVersion, List<String> warnings, Optional<ImportFailure> failure, Instant createdAt,
                     Instant updatedAt) {
        this(id, key, state, bytesRead, entriesRead, version, newVersion, warnings, failure, createdAt, updatedAt,
                Optional.empty());
    }

    public static ImportJob queued(CourseKey key, Instant now) {
        return new ImportJob(ImportJobId.random(), key, ImportState.QUEUED, 0, 0, 0, false, List.of(),
                Optional.empty(), now, now);
    }

    /** A job that will fetch its archive from a repository. */
    public static ImportJob queued(CourseKey key, SourceRevision source, Instant now) {
        return new ImportJob(ImportJobId.random(), key, ImportState.QUEUED, 0, 0, 0, false, List.of(),
                Optional.empty(), now, now, Optional.of(source));
    }

    /** The job once its archive has been fetched from where it says. */
    public ImportJob fetched(Optional<SourceRevision> from, Instant now) {
        return new ImportJob(id, key, state, bytesRead, entriesRead, version, newVersion, warnings, failure, createdAt,
                now, from.isPresent() ? from : source);
    }

    public ImportJob running(Instant now) {
        return new ImportJob(id, key, ImportState.RUNNING, bytesRead, entriesRead, 0, false, warnings, failure, createdAt, now, source);
    }

    public ImportJob progressed(long bytes, long entries, Instant now) {
        return new ImportJob(id, key, state, bytes, entries, version, newVersion, warnings, failure, createdAt, now, source);
    }

    public ImportJob succeeded(int madeOrMatched, boolean made, List<String> noticed, Instant now) {
        return new ImportJob(id, key, ImportState.SUCCEEDED, bytesRead, entriesRead, madeOrMatched, made, noticed,
                Optional.empty(), createdAt, now, source);
    }

    public ImportJob failed(ImportFailure why, Instant now) {
        return new ImportJob(id, key, ImportState.FAILED, bytesRead, entriesRead, 0, false, warnings, Optional.of(why),
                createdAt, now, source);
    }
}
