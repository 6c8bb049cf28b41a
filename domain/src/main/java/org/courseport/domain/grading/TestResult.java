package org.courseport.domain.grading;

import java.time.Instant;
import java.util.Objects;

/** What a test run reported on a collected submission. */
public record TestResult(TestResultId id, SubmissionId submission, TestResultFilename filename,
                         TestResultContent content, Instant createdAt, Instant updatedAt) {
    public TestResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
