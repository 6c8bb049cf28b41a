package org.courseport.adapters.persistence.grading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.courseport.adapters.persistence.database.SqlErrors;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.adapters.persistence.query.SqlCollection;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.SubmissionId;
import org.courseport.domain.grading.TestResult;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;
import org.courseport.domain.grading.TestResultId;
import org.courseport.domain.grading.TestResultSchema;
import org.courseport.domain.grading.TestResultStore;
import org.courseport.domain.grading.TestResultWrite;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Listing;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Test results in {@code test_results}, one per filename and submission. */
public final class JdbiTestResultStore implements TestResultStore {
    private static final String UNIQUE = "test_results_filename_key";
    private static final String[] COLUMNS = TestResultSchema.SCHEMA.names().toArray(String[]::new);

    private final Jdbi jdbi;
    private final SqlCollection<TestResult> collection;

    public JdbiTestResultStore(Jdbi jdbi) {
        this.jdbi = jdbi;
        Map<String, String> columns = new LinkedHashMap<>();
        TestResultSchema.SCHEMA.names().forEach(name -> columns.put(name, "r." + name));
        this.collection = new SqlCollection<>(jdbi, "r.*", "test_results r", columns, JdbiTestResultStore::map);
    }

    @Override
    public TestResultWrite write(SubmissionId submission, TestResultFilename filename, TestResultContent content,
                                 Instant now) {
        // Update, else insert; an insert that loses a race to another of the same filename retries as an update.
        return SqlErrors.conflictOn("the submission was collected again while the test result was written",
                () -> Constraints.upsert(UNIQUE, () -> jdbi.inTransaction(h -> {
                    Optional<TestResult> replaced = h.createUpdate("""
                                    update test_results set file_content = :content, updated_at = :now
                                    where submission_id = :submission and filename = :filename""")
                            .bind("content", content.text()).bind("now", Timestamps.toDb(now))
                            .bind("submission", submission.value()).bind("filename", filename.value())
                            .executeAndReturnGeneratedKeys(COLUMNS).map(JdbiTestResultStore::map).findOne();
                    if (replaced.isPresent()) {
                        return new TestResultWrite(replaced.get(), false);
                    }
                    return new TestResultWrite(h.createUpdate("""
                                    insert into test_results (submission_id, filename, file_content, created_at, updated_at)
                                    values (:submission, :filename, :content, :now, :now)""")
                            .bind("content", content.text()).bind("now", Timestamps.toDb(now))
                            .bind("submission", submission.value()).bind("filename", filename.value())
                            .executeAndReturnGeneratedKeys(COLUMNS).map(JdbiTestResultStore::map).one(), true);
                })));
    }

    @Override
    public Optional<TestResult> find(SubmissionId submission, TestResultId id) {
        return jdbi.withHandle(h -> h.createQuery("select * from test_results where id = :id and submission_id = :submission")
                .bind("id", id.value()).bind("submission", submission.value())
                .map(JdbiTestResultStore::map).findOne());
    }

    @Override
    public TestResult replace(TestResult result, Instant now) {
        try {
            return jdbi.withHandle(h -> h.createUpdate("""
                            update test_results set filename = :filename, file_content = :content, updated_at = :now
                            where id = :id and submission_id = :submission""")
                    .bind("filename", result.filename().value()).bind("content", result.content().text())
                    .bind("now", Timestamps.toDb(now))
                    .bind("id", result.id().value()).bind("submission", result.submission().value())
                    .executeAndReturnGeneratedKeys(COLUMNS).map(JdbiTestResultStore::map).findOne()
                    .orElseThrow(() -> new NotFound("the submission has no test result with id " + result.id().value())));
        } catch (RuntimeException e) {
            if (Constraints.uniqueViolated(e, UNIQUE)) {
                throw new Conflict("the submission already has a test result named " + result.filename());
            }
            throw e;
        }
    }

    @Override
    public void delete(SubmissionId submission, TestResultId id) {
        int deleted = jdbi.withHandle(h -> h.createUpdate("delete from test_results where id = :id and submission_id = :submission")
                .bind("id", id.value()).bind("submission", submission.value()).execute());
        if (deleted == 0) {
            throw new NotFound("the submission has no test result with id " + id.value());
        }
    }

    @Override
    public Listing<TestResult> list(SubmissionId submission, CollectionQuery query) {
        return collection.list(query, Map.of("submission", submission.value()), " and r.submission_id = :submission");
    }

    static TestResult map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new TestResult(new TestResultId(rs.getLong("id")), new SubmissionId(rs.getLong("submission_id")),
                new TestResultFilename(rs.getString("filename")), new TestResultContent(rs.getString("file_content")),
                Timestamps.fromDb(rs, "created_at"), Timestamps.fromDb(rs, "updated_at"));
    }
}
