package org.courseport.domain.testrun;

import java.time.Instant;
import java.util.List;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.SubmissionId;

/** Where test runs are kept, whole: a run and its groups, tests and feedback files are written at once. */
public interface TestRunStore {

    TestRun create(GroupId group, SubmissionId submission, NewTestRun run, Instant now);

    /** The group's runs, oldest first (by creation, then id), each with its groups, tests and feedback in order. */
    List<TestRun> runsOf(GroupId group);
}
