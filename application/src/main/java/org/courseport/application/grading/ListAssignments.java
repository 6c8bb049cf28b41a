package org.courseport.application.grading;

import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.Assignment;

/** Lists assignments matching a collection request. */
public interface ListAssignments {
    Page<Assignment> list(Caller caller, CollectionRequest request);
}
