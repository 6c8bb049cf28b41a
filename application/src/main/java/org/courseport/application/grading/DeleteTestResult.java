package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.TestResultId;

/** Removes a test result (graders). */
public interface DeleteTestResult {
    void delete(Caller caller, AssignmentId assignment, GroupId group, TestResultId id);
}
