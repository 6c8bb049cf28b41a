package org.courseport.application.grading;

import java.time.Clock;
import org.courseport.application.query.CollectionQueries;
import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Permission;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.SubmissionId;
import org.courseport.domain.grading.TestResult;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;
import org.courseport.domain.grading.TestResultId;
import org.courseport.domain.grading.TestResultSchema;
import org.courseport.domain.grading.TestResultStore;
import org.courseport.domain.query.CollectionQuery;

/** Test results on collected submissions. */
public final class TestResultService implements ListTestResults, GetTestResult, PostTestResult, PostTestResultByName,
        ReplaceTestResult, DeleteTestResult {
    private final TestResultStore results;
    private final GradingLookups lookups;
    private final Clock clock;

    public TestResultService(TestResultStore results, GradingLookups lookups, Clock clock) {
        this.results = results;
        this.lookups = lookups;
        this.clock = clock;
    }

    @Override
    public Page<TestResult> list(Caller caller, AssignmentId assignment, GroupId group, CollectionRequest request) {
        caller.require(Permission.READ);
        SubmissionId submission = submission(assignment, group);
        CollectionQuery query = CollectionQueries.parse(TestResultSchema.SCHEMA, request);
        return new Page<>(query, results.list(submission, query));
    }

    @Override
    public TestResult get(Caller caller, AssignmentId assignment, GroupId group, TestResultId id) {
        caller.require(Permission.READ);
        return existing(submission(assignment, group), id);
    }

    @Override
    public PostedTestResult post(Caller caller, PostTestResultCommand command) {
        caller.require(Permission.GRADE);
        return write(lookups.group(command.assignment(), command.group()), command.filename(), command.content());
    }

    @Override
    public PostedTestResult post(Caller caller, PostTestResultByNameCommand command) {
        caller.require(Permission.GRADE);
        return write(lookups.group(command.assignment(), command.group()), command.filename(), command.content());
    }

    @Override
    public TestResult replace(Caller caller, ReplaceTestResultCommand command) {
        caller.require(Permission.GRADE);
        TestResult current = existing(submission(command.assignment(), command.group()), command.id());
        return results.replace(new TestResult(current.id(), current.submission(),
                command.filename().orElse(current.filename()), command.content(), current.createdAt(),
                current.updatedAt()), clock.instant());
    }

    @Override
    public void delete(Caller caller, AssignmentId assignment, GroupId group, TestResultId id) {
        caller.require(Permission.GRADE);
        SubmissionId submission = submission(assignment, group);
        existing(submission, id);
        results.delete(submission, id);
    }

    private PostedTestResult write(Group target, TestResultFilename filename, TestResultContent content) {
        return new PostedTestResult(target.assignment(), target.id(),
                results.write(lookups.submissionId(target), filename, content, clock.instant()));
    }

    private SubmissionId submission(AssignmentId assignment, GroupId group) {
        return lookups.submissionId(lookups.group(assignment, group));
    }

    private TestResult existing(SubmissionId submission, TestResultId id) {
        return results.find(submission, id).orElseThrow(() ->
                new NotFound("the submission has no test result with id " + id.value()));
    }
}
