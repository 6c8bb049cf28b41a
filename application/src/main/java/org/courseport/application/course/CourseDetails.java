package org.courseport.application.course;

import java.util.List;
import java.util.Objects;
import org.courseport.domain.course.Course;
import org.courseport.domain.course.CourseTree;
import org.courseport.domain.course.CourseVersion;

/** A course, every version of it (oldest first) and the outline (tree and drafts) of the current one. */
public record CourseDetails(Course course, List<CourseVersion> versions, CourseTree outline) {
    public CourseDetails {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(outline, "outline");
        versions = List.copyOf(versions);
    }
}
