package org.courseport.application.source;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.source.CourseSourceId;

/**
 * Fetches the branch head now and imports it (admin only), as a push would. Returns the job queued;
 * with {@code wait}, once it is done, throwing its failure as the domain failure it was.
 */
public interface SyncCourseSource {
    ImportJob sync(Caller caller, CourseSourceId id, boolean wait);
}
