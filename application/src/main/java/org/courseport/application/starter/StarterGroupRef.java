package org.courseport.application.starter;

import java.util.Objects;
import org.courseport.domain.course.CourseId;

/** A starter file group as MarkUs's routes name it: by its course and its own id. */
public record StarterGroupRef(CourseId course, long group) {
    public StarterGroupRef {
        Objects.requireNonNull(course, "course");
    }
}
