package org.courseport.application.grading;

import java.util.List;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.user.UserName;

/** Adds students to a group (admin only), up to the assignment's group_max. */
public interface AddGroupMembers {
    Group add(Caller caller, AssignmentId assignment, GroupId group, List<UserName> members);
}
