package org.courseport.domain.grading;

import java.time.Instant;
import java.util.Optional;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Listing;

/** Where assignments are kept. A taken short identifier is a {@code Conflict}. */
public interface AssignmentStore {

    Assignment create(NewAssignment assignment, Instant now);

    Optional<Assignment> find(AssignmentId id);

    Optional<Assignment> findByShortIdentifier(ShortIdentifier name);

    /** Replaces every attribute but the id and creation time; a missing assignment is a {@code NotFound}. */
    Assignment update(Assignment assignment, Instant now);

    /** Assignments matching a query validated against {@link AssignmentSchema#SCHEMA}. */
    Listing<Assignment> list(CollectionQuery query);
}
