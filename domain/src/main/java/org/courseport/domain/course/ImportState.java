package org.courseport.domain.course;

import java.util.Locale;

/** Where an import job is: waiting for a worker, reading and committing, or done one way or the other. */
public enum ImportState {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImportState parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }

    public boolean isDone() {
        return this == SUCCEEDED || this == FAILED;
    }
}
