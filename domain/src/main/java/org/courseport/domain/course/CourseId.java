package org.courseport.domain.course;

import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.text.WritableText;

/** The store's number for a course, as MarkUs's routes name it; 0 is the default course. */
public record CourseId(long value) {
    /** The course the older global routes (no course in the path) belong to. */
    public static final CourseId DEFAULT = new CourseId(0);

    public CourseId {
        if (value < 0) {
            throw InvalidInput.field("course_id", "must be a whole number, 0 or more");
        }
    }

    /** Reads the id of a URL path; anything but a whole number is invalid input. */
    public static CourseId parse(String text) {
        String given = text == null ? "" : text.strip();
        try {
            return new CourseId(Long.parseLong(given));
        } catch (NumberFormatException e) {
            throw InvalidInput.field("course_id", "must be a whole number, not '" + WritableText.excerpt(given) + "'");
        }
    }
}
