package org.courseport.domain.testrun;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.SubmissionId;

/** A test run of a group's collected submission, as stored: MarkUs's current shape of test results. */
public record TestRun(long id, GroupId group, SubmissionId submission, TestRunStatus status, Optional<String> problems,
                      Instant createdAt, List<TestGroupRun> groups) {
    public TestRun {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(createdAt, "createdAt");
        groups = List.copyOf(groups);
    }

    /** Whether any of its groups holds a test: a run without one has no results to show. */
    public boolean hasTests() {
        return groups.stream().anyMatch(g -> !g.tests().isEmpty());
    }
}
