package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.TestResult;

/** Replaces a test result's content, and its filename when one is given (graders). */
public interface ReplaceTestResult {
    TestResult replace(Caller caller, ReplaceTestResultCommand command);
}
