package org.courseport.domain.grading;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A group's files as frozen by a collect, in path order. */
public record Submission(SubmissionId id, GroupId group, Instant collectedAt, List<SubmissionFile> files) {
    public Submission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(collectedAt, "collectedAt");
        files = List.copyOf(files);
    }

    public Optional<SubmissionFile> file(SubmissionPath path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** The sum of the file sizes, in bytes. */
    public long size() {
        return files.stream().mapToLong(f -> f.blob().size()).sum();
    }
}
