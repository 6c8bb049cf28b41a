package org.courseport.application.source;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.source.CourseSourceId;

/** Removes a source; its webhook answers 401 from then on. The course and its versions stay. */
public interface DeleteCourseSource {
    void delete(Caller caller, CourseSourceId id);
}
