package org.courseport.application.roster;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.roster.CourseAccess;
import org.courseport.domain.roster.CourseAction;

/**
 * The gate of every course-scoped route: the course must exist (404), the caller's role in it must
 * allow the action (403), and an assignment the path names must belong to it (404). The access it
 * answers says as whom the caller acts on the grading use cases the older routes share.
 */
public interface EnterCourse {
    CourseAccess enter(Caller caller, CourseId course, CourseAction action);

    CourseAccess enter(Caller caller, CourseId course, AssignmentId assignment, CourseAction action);
}
