package org.courseport.adapters.persistence.grading;

import java.time.Instant;
import java.util.Optional;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.TestSpecStore;
import org.courseport.domain.grading.TestSpecs;
import org.jdbi.v3.core.Jdbi;

/** Test settings in {@code test_specs}, one row per assignment. */
public final class JdbiTestSpecStore implements TestSpecStore {
    private final Jdbi jdbi;

    public JdbiTestSpecStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<TestSpecs> find(AssignmentId assignment) {
        return jdbi.withHandle(h -> h.createQuery("select specs from test_specs where assignment_id = :a")
                .bind("a", assignment.value()).mapTo(String.class).findOne().map(TestSpecs::new));
    }

    /** Update first, insert when there was nothing; a concurrent insert of the same row is tried again. */
    @Override
    public void put(AssignmentId assignment, TestSpecs specs, Instant now) {
        Constraints.upsert("test_specs_pkey", () -> jdbi.inTransaction(h -> {
            int changed = h.createUpdate("update test_specs set specs = :specs, updated_at = :now where assignment_id = :a")
                    .bind("specs", specs.json()).bind("now", Timestamps.toDb(now)).bind("a", assignment.value()).execute();
            if (changed == 0) {
                h.createUpdate("insert into test_specs (assignment_id, specs, updated_at) values (:a, :specs, :now)")
                        .bind("specs", specs.json()).bind("now", Timestamps.toDb(now)).bind("a", assignment.value())
                        .execute();
            }
            return null;
        }));
    }
}
