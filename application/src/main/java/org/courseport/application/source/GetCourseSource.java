package org.courseport.application.source;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.source.CourseSource;
import org.courseport.domain.source.CourseSourceId;

/** One course source (admin only). */
public interface GetCourseSource {
    CourseSource get(Caller caller, CourseSourceId id);
}
