package org.courseport.domain.grading;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Listing;

/** Where assignments are kept. A taken short identifier is a {@code Conflict}. */
public interface AssignmentStore {

    /** Creates the assignment in the default course, where the older global routes keep theirs. */
    default Assignment create(NewAssignment assignment, Instant now) {
        return create(CourseId.DEFAULT, assignment, now);
    }

    /** Creates the assignment in {@code course}; short identifiers are unique across every course. */
    Assignment create(CourseId course, NewAssignment assignment, Instant now);

    /** The course an assignment belongs to, if the assignment exists. */
    Optional<CourseId> courseOf(AssignmentId id);

    /** The course's assignments, by id. */
    List<Assignment> inCourse(CourseId course);

    Optional<Assignment> find(AssignmentId id);

    Optional<Assignment> findByShortIdentifier(ShortIdentifier name);

    /** Replaces every attribute but the id and creation time; a missing assignment is a {@code NotFound}. */
    Assignment update(Assignment assignment, Instant now);

    /** The course's assignments matching a query validated against {@link AssignmentSchema#SCHEMA}. */
    Listing<Assignment> list(CourseId course, CollectionQuery query);
}
