package org.courseport.application.source;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.source.CourseSource;

/** Registers a course's git repository (admin only); the source returned carries its new webhook secret. */
public interface CreateCourseSource {
    CourseSource create(Caller caller, CreateCourseSourceCommand command);
}
