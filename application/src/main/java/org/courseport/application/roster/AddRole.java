package org.courseport.application.roster;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.roster.NewRole;
import org.courseport.domain.roster.Role;

/** Gives an existing user a role in a course; its section must exist there. */
public interface AddRole {
    Role add(Caller caller, CourseId course, NewRole role);
}
