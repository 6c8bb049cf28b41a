package org.courseport.domain.course;

import java.util.UUID;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.text.WritableText;

/** An import job's name: a random UUID, so ids say nothing about other jobs. */
public record ImportJobId(UUID value) {
    public ImportJobId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static ImportJobId random() {
        return new ImportJobId(UUID.randomUUID());
    }

    /** Text that is not a job id names no job: {@link NotFound}. */
    public static ImportJobId parse(String text) {
        try {
            return new ImportJobId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFound("no import job has id '" + WritableText.excerpt(text) + "'");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
