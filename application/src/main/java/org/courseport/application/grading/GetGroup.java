package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupId;

/** One group of an assignment, or {@code NotFound}. */
public interface GetGroup {
    Group get(Caller caller, AssignmentId assignment, GroupId group);
}
