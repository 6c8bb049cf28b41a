package org.courseport.application.grading;

import java.time.Clock;
import java.util.List;
import org.courseport.application.query.CollectionQueries;
import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Permission;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentEdit;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.AssignmentSchema;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.roster.CourseAccess;
import org.courseport.domain.roster.CourseAction;

/** The assignment use cases. */
public final class AssignmentService implements ListAssignments, GetAssignment, CreateAssignment, UpdateAssignment,
        ListCourseAssignments, CreateCourseAssignment {
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
        // The older global routes are the default course's: other courses' assignments are theirs to list.
        return new Page<>(query, assignments.list(CourseId.DEFAULT, query));
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

    @Override
    public List<Assignment> list(CourseAccess access) {
        access.require(CourseAction.SEE_ASSIGNMENTS);
        return assignments.inCourse(access.course());
    }

    @Override
    public Assignment create(CourseAccess access, AssignmentEdit attributes) {
        access.require(CourseAction.MANAGE);
        return assignments.create(access.course(), attributes.create(), clock.instant());
    }

    private Assignment existing(AssignmentId id) {
        return assignments.find(id).orElseThrow(() -> new NotFound("no assignment has id " + id.value()));
    }
}
