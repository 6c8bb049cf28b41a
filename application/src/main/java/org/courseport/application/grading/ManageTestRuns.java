package org.courseport.application.grading;

import java.util.List;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.testrun.TestRun;

/** Test runs of a group's collected submission, in MarkUs's current shape. */
public interface ManageTestRuns {

    /** Keeps a tester's report as a new run of the group's collected submission (graders). */
    TestRun add(Caller caller, GroupRef group, TestRunReport report);

    /** The group's runs, oldest first (readers). */
    List<TestRun> runs(Caller caller, GroupRef group);

    /** The group's latest run, which must hold at least one test: MarkUs's test results of a group (readers). */
    GroupTestResults latestResults(Caller caller, GroupRef group);

    /** A group's latest run with the group's name, which MarkUs repeats in every row of its results. */
    record GroupTestResults(GroupName group, TestRun run) {
    }
}
