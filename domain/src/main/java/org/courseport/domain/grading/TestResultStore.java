package org.courseport.domain.grading;

import java.time.Instant;
import java.util.Optional;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Listing;

/** Where test results are kept; a filename is unique within a submission. */
public interface TestResultStore {

    /**
     * Creates the result, or replaces the content of the submission's result of the same filename.
     * Concurrent writes of one filename leave exactly one result.
     */
    TestResultWrite write(SubmissionId submission, TestResultFilename filename, TestResultContent content, Instant now);

    Optional<TestResult> find(SubmissionId submission, TestResultId id);

    /** Replaces the content (and filename) of an existing result; a missing one is a {@code NotFound}. */
    TestResult replace(TestResult result, Instant now);

    /** Removes the result; a missing one is a {@code NotFound}. */
    void delete(SubmissionId submission, TestResultId id);

    /** The submission's results matching a query validated against {@link TestResultSchema#SCHEMA}. */
    Listing<TestResult> list(SubmissionId submission, CollectionQuery query);
}
