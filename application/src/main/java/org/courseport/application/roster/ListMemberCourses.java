package org.courseport.application.roster;

import java.util.List;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.roster.CourseInfo;

/** The courses the caller may enter: every one for an admin, else those where they hold a visible role. */
public interface ListMemberCourses {
    List<CourseInfo> list(Caller caller);
}
