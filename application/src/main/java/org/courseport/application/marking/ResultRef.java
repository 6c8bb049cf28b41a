package org.courseport.application.marking;

import java.util.Objects;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;

/** A group's result as a course-scoped route names it: course, assignment, group. */
public record ResultRef(CourseId course, AssignmentId assignment, GroupId group) {
    public ResultRef {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(group, "group");
    }
}
