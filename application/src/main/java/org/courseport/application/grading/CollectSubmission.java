package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.Submission;

/** Freezes a group's working files as its submission (graders); an earlier one is replaced. */
public interface CollectSubmission {
    Submission collect(Caller caller, AssignmentId assignment, GroupId group);
}
