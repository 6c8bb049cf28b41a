package org.courseport.application.marking;

import java.time.Clock;
import java.util.List;
import org.courseport.application.roster.EnterCourse;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.marking.Criterion;
import org.courseport.domain.marking.CriterionChanges;
import org.courseport.domain.marking.CriterionStore;
import org.courseport.domain.roster.CourseAction;

/** Criteria: each call enters the assignment's course first. */
public final class CriterionService implements ManageCriteria {
    private final CriterionStore criteria;
    private final EnterCourse gate;
    private final Clock clock;

    public CriterionService(CriterionStore criteria, EnterCourse gate, Clock clock) {
        this.criteria = criteria;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public List<Criterion> list(Caller caller, CourseId course, AssignmentId assignment) {
        gate.enter(caller, course, assignment, CourseAction.READ);
        return criteria.list(assignment);
    }

    @Override
    public Criterion get(Caller caller, CourseId course, AssignmentId assignment, long id) {
        gate.enter(caller, course, assignment, CourseAction.READ);
        return existing(assignment, id);
    }

    @Override
    public Criterion create(Caller caller, CourseId course, AssignmentId assignment, CriterionChanges fields) {
        gate.enter(caller, course, assignment, CourseAction.MANAGE);
        return criteria.create(assignment, fields.create(), clock.instant());
    }

    @Override
    public Criterion update(Caller caller, CourseId course, AssignmentId assignment, long id, CriterionChanges fields) {
        gate.enter(caller, course, assignment, CourseAction.MANAGE);
        Criterion current = existing(assignment, id);
        return criteria.update(new Criterion(id, assignment, fields.applyTo(current.definition())), clock.instant());
    }

    @Override
    public void delete(Caller caller, CourseId course, AssignmentId assignment, long id) {
        gate.enter(caller, course, assignment, CourseAction.MANAGE);
        Criterion current = existing(assignment, id);
        if (criteria.isMarked(id)) {
            throw new Conflict("criterion " + current.name() + " holds marks and cannot be deleted");
        }
        criteria.delete(assignment, id);
    }

    private Criterion existing(AssignmentId assignment, long id) {
        return criteria.find(assignment, id).orElseThrow(() ->
                new NotFound("assignment " + assignment.value() + " has no criterion with id " + id));
    }
}
