package org.courseport.application.course;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseKey;

/** One course with its version history and current outline, or {@code NotFound}. */
public interface GetCourse {
    CourseDetails get(Caller caller, CourseKey key);
}
