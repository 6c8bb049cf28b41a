package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;

/** The reference API's shortcut: {@link PostTestResult} naming the assignment and group instead of their ids. */
public interface PostTestResultByName {
    PostedTestResult post(Caller caller, PostTestResultByNameCommand command);
}
