package org.courseport.domain.source;

import org.courseport.domain.error.NotFound;

/** A course source's id, as in {@code /api/v1/course_sources/{id}} and {@code /hooks/git/{id}}. */
public record CourseSourceId(long value) {
    public CourseSourceId {
        if (value < 1) {
            throw new IllegalArgumentException("ids start at 1");
        }
    }

    /** A path segment that is no id names no source. */
    public static CourseSourceId parse(String text) {
        try {
            return new CourseSourceId(Long.parseLong(text));
        } catch (IllegalArgumentException e) {
            throw new NotFound("no course source has id " + text);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
