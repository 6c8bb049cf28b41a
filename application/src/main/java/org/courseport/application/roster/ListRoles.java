package org.courseport.application.roster;

import java.util.List;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.roster.Role;

/** The roles of a course. */
public interface ListRoles {
    List<Role> roles(Caller caller, CourseId course);
}
