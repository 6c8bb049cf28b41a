package org.courseport.application.grading;

import java.util.List;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.roster.CourseAccess;

/** The assignments of the course the caller entered, by id: what every visible role may see. */
public interface ListCourseAssignments {
    List<Assignment> list(CourseAccess access);
}
