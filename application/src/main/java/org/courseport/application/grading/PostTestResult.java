package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;

/**
 * Records a test result on a group's collected submission (graders); one of the same filename is
 * replaced. Without a collected submission it is a {@code Conflict}.
 */
public interface PostTestResult {
    PostedTestResult post(Caller caller, AssignmentId assignment, GroupId group, TestResultFilename filename,
                           TestResultContent content);
}
