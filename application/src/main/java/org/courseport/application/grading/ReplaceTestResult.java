package org.courseport.application.grading;

import java.util.Optional;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.TestResult;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;
import org.courseport.domain.grading.TestResultId;

/** Replaces a test result's content, and its filename when one is given (graders). */
public interface ReplaceTestResult {
    TestResult replace(Caller caller, AssignmentId assignment, GroupId group, TestResultId id,
                       Optional<TestResultFilename> filename, TestResultContent content);
}
