package org.courseport.application.grading;

import java.util.List;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.user.UserName;

/**
 * Creates a group of students (admin only): the first member is the inviter. The size must be within
 * the assignment's group_min..group_max; a taken name or a student already grouped is a {@code Conflict}.
 */
public interface CreateGroup {
    Group create(Caller caller, AssignmentId assignment, GroupName name, List<UserName> members);
}
