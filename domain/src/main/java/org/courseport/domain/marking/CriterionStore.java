package org.courseport.domain.marking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.courseport.domain.grading.AssignmentId;

/** Where assignments' criteria are kept. A name taken in the assignment is a {@code Conflict}. */
public interface CriterionStore {
    Criterion create(AssignmentId assignment, CriterionDefinition definition, Instant now);

    /** The assignment's criteria in the order they were made. */
    List<Criterion> list(AssignmentId assignment);

    Optional<Criterion> find(AssignmentId assignment, long id);

    /** Stores the criterion's new definition; a missing one is a {@code NotFound}. */
    Criterion update(Criterion criterion, Instant now);

    /** Deletes the criterion; false if there was none. */
    boolean delete(AssignmentId assignment, long id);

    /** Whether any result holds a mark on the criterion. */
    boolean isMarked(long id);
}
