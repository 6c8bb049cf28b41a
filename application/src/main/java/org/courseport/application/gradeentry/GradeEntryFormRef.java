package org.courseport.application.gradeentry;

import java.util.Objects;
import org.courseport.domain.course.CourseId;

/** A marks spreadsheet as MarkUs's routes name it: by its course and its own id. */
public record GradeEntryFormRef(CourseId course, long form) {
    public GradeEntryFormRef {
        Objects.requireNonNull(course, "course");
    }
}
