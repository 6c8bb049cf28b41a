package org.courseport.adapters.persistence.testrun;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.SubmissionId;
import org.courseport.domain.testrun.NewTestRun;
import org.courseport.domain.testrun.TestCase;
import org.courseport.domain.testrun.TestFeedbackFile;
import org.courseport.domain.testrun.TestGroupRun;
import org.courseport.domain.testrun.TestRun;
import org.courseport.domain.testrun.TestRunStatus;
import org.courseport.domain.testrun.TestRunStore;
import org.courseport.domain.testrun.TestStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Test runs in {@code test_runs}, their groups, tests and feedback files in the tables beneath it. */
public final class JdbiTestRunStore implements TestRunStore {
    private final Jdbi jdbi;

    public JdbiTestRunStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public TestRun create(GroupId group, SubmissionId submission, NewTestRun run, Instant now) {
        long id = jdbi.inTransaction(h -> {
            long runId = h.createUpdate("""
                            insert into test_runs (group_id, submission_id, status, problems, created_at)
                            values (:group, :submission, :status, :problems, :now)""")
                    .bind("group", group.value())
                    .bind("submission", submission.value())
                    .bind("status", run.status().wireName())
                    .bind("problems", run.problems().orElse(null))
                    .bind("now", Timestamps.toDb(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            for (int i = 0; i < run.groups().size(); i++) {
                insertGroup(h, runId, i + 1, run.groups().get(i));
            }
            return runId;
        });
        return new TestRun(id, group, submission, run.status(), run.problems(), Timestamps.toDb(now).toInstant(),
                run.groups());
    }

    private static void insertGroup(Handle h, long runId, int position, TestGroupRun group) {
        long groupId = h.createUpdate("""
                        insert into test_run_groups (test_run_id, position, name, test_group_id, time_taken, extra_info,
                                                     error_type)
                        values (:run, :position, :name, :test_group, :time, :extra, :error)""")
                .bind("run", runId)
                .bind("position", position)
                .bind("name", group.name())
                .bind("test_group", group.testGroupId().isPresent() ? group.testGroupId().getAsLong() : null)
                .bind("time", group.time())
                .bind("extra", group.extraInfo().orElse(null))
                .bind("error", group.errorType().orElse(null))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        for (int i = 0; i < group.tests().size(); i++) {
            TestCase test = group.tests().get(i);
            h.createUpdate("""
                            insert into test_run_tests (run_group_id, position, name, status, marks_earned, marks_total,
                                                        output, time_taken)
                            values (:group, :position, :name, :status, :earned, :total, :output, :time)""")
                    .bind("group", groupId)
                    .bind("position", i + 1)
                    .bind("name", test.name())
                    .bind("status", test.status().wireName())
                    .bind("earned", test.marksEarned())
                    .bind("total", test.marksTotal())
                    .bind("output", test.output())
                    .bind("time", test.time().isPresent() ? test.time().getAsLong() : null)
                    .execute();
        }
        for (int i = 0; i < group.feedback().size(); i++) {
            TestFeedbackFile file = group.feedback().get(i);
            h.createUpdate("""
                            insert into test_run_feedback (run_group_id, position, filename, mime_type, blob_id, byte_size)
                            values (:group, :position, :filename, :mime_type, :blob, :size)""")
                    .bind("group", groupId)
                    .bind("position", i + 1)
                    .bind("filename", file.filename())
                    .bind("mime_type", file.mimeType())
                    .bind("blob", file.blob().id().sha256())
                    .bind("size", file.blob().size())
                    .execute();
        }
    }

    @Override
    public List<TestRun> runsOf(GroupId group) {
        return jdbi.inTransaction(h -> {
            List<TestRun> runs = new ArrayList<>();
            for (RunRow row : h.createQuery("select * from test_runs where group_id = :group order by created_at, id")
                    .bind("group", group.value()).map((rs, ctx) -> RunRow.of(rs)).list()) {
                runs.add(new TestRun(row.id(), group, row.submission(), row.status(), row.problems(), row.createdAt(),
                        groups(h, row.id())));
            }
            return runs;
        });
    }

    private static List<TestGroupRun> groups(Handle h, long runId) {
        List<TestGroupRun> groups = new ArrayList<>();
        for (GroupRow row : h.createQuery("select * from test_run_groups where test_run_id = :run order by position")
                .bind("run", runId).map((rs, ctx) -> GroupRow.of(rs)).list()) {
            List<TestCase> tests = h.createQuery("select * from test_run_tests where run_group_id = :group order by position")
                    .bind("group", row.id()).map((rs, ctx) -> test(rs)).list();
            List<TestFeedbackFile> feedback = h.createQuery(
                            "select * from test_run_feedback where run_group_id = :group order by position")
                    .bind("group", row.id())
                    .map((rs, ctx) -> new TestFeedbackFile(rs.getString("filename"), rs.getString("mime_type"),
                            new StoredBlob(new BlobId(rs.getString("blob_id")), rs.getLong("byte_size"))))
                    .list();
            groups.add(new TestGroupRun(row.name(), row.testGroupId(), row.time(), row.extraInfo(), row.errorType(),
                    tests, feedback));
        }
        return groups;
    }

    private static TestCase test(ResultSet rs) throws SQLException {
        long time = rs.getLong("time_taken");
        OptionalLong taken = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(time);
        return new TestCase(rs.getString("name"), TestStatus.parse(rs.getString("status")), rs.getDouble("marks_earned"),
                rs.getDouble("marks_total"), rs.getString("output"), taken);
    }

    private record RunRow(long id, SubmissionId submission, TestRunStatus status, Optional<String> problems,
                          Instant createdAt) {
        static RunRow of(ResultSet rs) throws SQLException {
            return new RunRow(rs.getLong("id"), new SubmissionId(rs.getLong("submission_id")),
                    TestRunStatus.parse(rs.getString("status")), Optional.ofNullable(rs.getString("problems")),
                    Timestamps.fromDb(rs, "created_at"));
        }
    }

    private record GroupRow(long id, String name, OptionalLong testGroupId, long time, Optional<String> extraInfo,
                            Optional<String> errorType) {
        static GroupRow of(ResultSet rs) throws SQLException {
            long testGroup = rs.getLong("test_group_id");
            OptionalLong testGroupId = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(testGroup);
            return new GroupRow(rs.getLong("id"), rs.getString("name"), testGroupId, rs.getLong("time_taken"),
                    Optional.ofNullable(rs.getString("extra_info")), Optional.ofNullable(rs.getString("error_type")));
        }
    }
}
