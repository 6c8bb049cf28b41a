package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;

/**
 * Records a test result on a group's collected submission (graders); one of the same filename is
 * replaced. Without a collected submission it is a {@code Conflict}.
 */
public interface PostTestResult {
    PostedTestResult post(Caller caller, PostTestResultCommand command);
}
