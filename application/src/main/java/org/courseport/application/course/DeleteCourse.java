package org.courseport.application.course;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseKey;

/** Removes a course and its versions (admin only); one that does not exist is {@code NotFound}. */
public interface DeleteCourse {
    void delete(Caller caller, CourseKey key);
}
