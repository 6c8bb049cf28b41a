package org.courseport.application.source;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.source.CourseSource;

/** Changes a source's branch, path or credential, or gives it a new webhook secret (admin only). */
public interface UpdateCourseSource {
    CourseSource update(Caller caller, UpdateCourseSourceCommand command);
}
