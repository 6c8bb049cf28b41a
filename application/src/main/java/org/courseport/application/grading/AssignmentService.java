package org.courseport.application.grading;

import java.time.Clock;
import org.courseport.application.query.CollectionQueries;
import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Permission;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentEdit;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.AssignmentSchema;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.query.CollectionQuery;

/** The assignment use cases. */
public final class AssignmentService implements ListAssignments, GetAssignment, CreateAssignment, UpdateAssignment {
    private final AssignmentStore assignments;
    private final Clock clock;

    public AssignmentService(AssignmentStore assignments, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    @Override
    public Page<Assignment> list(Caller caller, CollectionRequest request) {
        caller.require(Permission.READ);
        CollectionQuery query = CollectionQueries.parse(AssignmentSchema.SCHEMA, request);
        return new Page<>(query, assignments.list(query));
    }

    @Override
    public Assignment get(Caller caller, AssignmentId id) {
        caller.require(Permission.READ);
        return existing(id);
    }

    @Override
    public Assignment create(Caller caller, AssignmentEdit attributes) {
        caller.require(Permission.MANAGE);
        return assignments.create(attributes.create(), clock.instant());
    }

    @Override
    public Assignment update(Caller caller, AssignmentId id, AssignmentEdit changes) {
        caller.require(Permission.MANAGE);
        return assignments.update(existing(id).edited(changes), clock.instant());
    }

    private Assignment existing(AssignmentId id) {
        return assignments.find(id).orElseThrow(() -> new NotFound("no assignment has id " + id.value()));
    }
}
