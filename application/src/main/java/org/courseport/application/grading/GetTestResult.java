package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.TestResult;
import org.courseport.domain.grading.TestResultId;

/** One test result of a group's collected submission, or {@code NotFound}. */
public interface GetTestResult {
    TestResult get(Caller caller, AssignmentId assignment, GroupId group, TestResultId id);
}
