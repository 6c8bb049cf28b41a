package org.courseport.application.grading;

import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentEdit;
import org.courseport.domain.roster.CourseAccess;

/** Creates an assignment in the course the caller entered (its instructor or an admin). */
public interface CreateCourseAssignment {
    Assignment create(CourseAccess access, AssignmentEdit attributes);
}
