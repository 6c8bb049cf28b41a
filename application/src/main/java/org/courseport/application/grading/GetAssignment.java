package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentId;

/** One assignment, or {@code NotFound}. */
public interface GetAssignment {
    Assignment get(Caller caller, AssignmentId id);
}
