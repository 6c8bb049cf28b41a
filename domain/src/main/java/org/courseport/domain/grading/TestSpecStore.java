package org.courseport.domain.grading;

import java.time.Instant;
import java.util.Optional;

/** Where assignments' test settings are kept: one document per assignment, replaced whole. */
public interface TestSpecStore {
    Optional<TestSpecs> find(AssignmentId assignment);

    void put(AssignmentId assignment, TestSpecs specs, Instant now);
}
