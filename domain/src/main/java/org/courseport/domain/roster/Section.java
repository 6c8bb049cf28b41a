package org.courseport.domain.roster;

import java.util.Objects;
import org.courseport.domain.course.CourseId;

/** A section of a course; its name is unique in the course. */
public record Section(long id, CourseId course, SectionName name) {
    public Section {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(name, "name");
    }
}
