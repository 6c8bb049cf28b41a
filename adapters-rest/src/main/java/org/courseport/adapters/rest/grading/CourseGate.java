package org.courseport.adapters.rest.grading;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.application.roster.EnterCourse;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.roster.CourseAccess;
import org.courseport.domain.roster.CourseAction;

/** Enters the course and assignment a course-scoped route names, for the caller of the request. */
final class CourseGate {
    private CourseGate() {
    }

    static CourseAccess enter(EnterCourse enterCourse, ContainerRequestContext request, String course, String assignment,
                              CourseAction action) {
        return enterCourse.enter(Authentication.caller(request), CourseId.parse(course), AssignmentId.parse(assignment),
                action);
    }
}
