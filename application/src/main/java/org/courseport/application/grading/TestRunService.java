package org.courseport.application.grading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Permission;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.SubmissionId;
import org.courseport.domain.grading.SubmissionStore;
import org.courseport.domain.testrun.NewTestRun;
import org.courseport.domain.testrun.TestFeedbackFile;
import org.courseport.domain.testrun.TestGroupRun;
import org.courseport.domain.testrun.TestRun;
import org.courseport.domain.testrun.TestRunStore;

/** Test runs: a grader (or its robot) reports one per collected submission; readers list them. */
public final class TestRunService implements ManageTestRuns {
    private final TestRunStore runs;
    private final SubmissionStore submissions;
    private final BlobStore blobs;
    private final GradingLookups lookups;
    private final Clock clock;

    public TestRunService(TestRunStore runs, SubmissionStore submissions, BlobStore blobs, GradingLookups lookups,
                          Clock clock) {
        this.runs = runs;
        this.submissions = submissions;
        this.blobs = blobs;
        this.lookups = lookups;
        this.clock = clock;
    }

    @Override
    public TestRun add(Caller caller, GroupRef ref, TestRunReport report) {
        caller.require(Permission.GRADE);
        Group group = lookups.group(ref.assignment(), ref.group());
        // MarkUs answers 422 here, not 404: the group exists, its state does not allow a run.
        SubmissionId submission = submissions.findId(group.id()).orElseThrow(() ->
                new Unprocessable("No submission exists for this grouping"));
        NewTestRun run = NewTestRun.reported(report.status(), report.error(),
                report.groups().stream().map(this::group).toList());
        return runs.create(group.id(), submission, run, clock.instant());
    }

    @Override
    public List<TestRun> runs(Caller caller, GroupRef ref) {
        caller.require(Permission.READ);
        return runs.runsOf(lookups.group(ref.assignment(), ref.group()).id());
    }

    @Override
    public GroupTestResults latestResults(Caller caller, GroupRef ref) {
        caller.require(Permission.READ);
        Group group = lookups.group(ref.assignment(), ref.group());
        // MarkUs reads the latest run only, and has no results when that run holds no test.
        TestRun latest = runs.runsOf(group.id()).stream().reduce((older, newer) -> newer).filter(TestRun::hasTests)
                .orElseThrow(() -> new NotFound("No test results found for this group"));
        return new GroupTestResults(group.name(), latest);
    }

    private TestGroupRun group(TestRunReport.Group reported) {
        List<TestFeedbackFile> feedback = reported.feedback().stream()
                .map(f -> new TestFeedbackFile(f.filename(), f.mimeType(), store(f))).toList();
        return TestGroupRun.reported(reported.name(), reported.testGroupId(), reported.time(), reported.timedOut(),
                reported.stderr(), reported.malformed(), reported.tests(), feedback);
    }

    private StoredBlob store(TestRunReport.Feedback feedback) {
        try {
            return blobs.put(new ByteArrayInputStream(feedback.content()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the feedback file " + feedback.filename(), e);
        }
    }
}
