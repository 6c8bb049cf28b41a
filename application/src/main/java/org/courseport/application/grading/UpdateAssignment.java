package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentEdit;
import org.courseport.domain.grading.AssignmentId;

/** Changes the given attributes of an assignment (admin only). */
public interface UpdateAssignment {
    Assignment update(Caller caller, AssignmentId id, AssignmentEdit changes);
}
