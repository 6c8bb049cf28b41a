package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;

/** The reference API's shortcut: {@link PostTestResult} naming the assignment and group instead of their ids. */
public interface PostTestResultByName {
    PostedTestResult post(Caller caller, ShortIdentifier assignment, GroupName group, TestResultFilename filename,
                           TestResultContent content);
}
