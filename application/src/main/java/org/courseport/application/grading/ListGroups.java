package org.courseport.application.grading;

import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.Group;

/** Lists an assignment's groups, with their memberships. */
public interface ListGroups {
    Page<Group> list(Caller caller, AssignmentId assignment, CollectionRequest request);
}
