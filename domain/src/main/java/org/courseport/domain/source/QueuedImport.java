package org.courseport.domain.source;

import java.util.Objects;
import org.courseport.domain.course.ImportJob;

/** The job a push answers with, and whether it is new (to be run) or one that was already waiting. */
public record QueuedImport(ImportJob job, boolean created) {
    public QueuedImport {
        Objects.requireNonNull(job, "job");
    }
}
