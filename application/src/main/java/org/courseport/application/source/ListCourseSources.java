package org.courseport.application.source;

import java.util.List;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.source.CourseSource;

/** Every course source (admin only). */
public interface ListCourseSources {
    List<CourseSource> list(Caller caller);
}
