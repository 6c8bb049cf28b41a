package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentEdit;

/** Creates an assignment (admin only); a taken short identifier is a {@code Conflict}. */
public interface CreateAssignment {
    Assignment create(Caller caller, AssignmentEdit attributes);
}
