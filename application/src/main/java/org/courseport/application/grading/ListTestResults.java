package org.courseport.application.grading;

import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.TestResult;

/** Lists the test results of a group's collected submission. */
public interface ListTestResults {
    Page<TestResult> list(Caller caller, AssignmentId assignment, GroupId group, CollectionRequest request);
}
