package org.courseport.domain.testrun;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A test run about to be kept: how it ended, the problems its tester reported, its groups' results. */
public record NewTestRun(TestRunStatus status, Optional<String> problems, List<TestGroupRun> groups) {
    public NewTestRun {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(problems, "problems");
        groups = List.copyOf(groups);
    }

    /**
     * A run as its tester reports it, as MarkUs takes one: a tester that says {@code failed} failed the whole
     * run, with its error as the problem and nothing else kept; any other word completes the run, with the
     * error, if any, kept as its problems.
     */
    public static NewTestRun reported(String status, Optional<String> error, List<TestGroupRun> groups) {
        if ("failed".equals(status)) {
            return new NewTestRun(TestRunStatus.FAILED, error, List.of());
        }
        return new NewTestRun(TestRunStatus.COMPLETE, error, groups);
    }
}
