package org.courseport.adapters.persistence.course;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.ImportFailure;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.ImportJobId;
import org.courseport.domain.course.ImportJobStore;
import org.courseport.domain.course.ImportState;
import org.courseport.domain.error.NotFound;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * Import jobs in {@code import_jobs}; warnings are kept one a line. Each job names the node that runs
 * it, so that the other nodes can fail it should that node die (see {@code JdbiNodes}).
 */
public final class JdbiImportJobStore implements ImportJobStore {
    private final Jdbi jdbi;
    private final String nodeId;

    /** A store whose jobs name no node: no node watches them (an embedding host runs its own). */
    public JdbiImportJobStore(Jdbi jdbi) {
        this(jdbi, null);
    }

    /** @param nodeId the node running the jobs created here, or null for none */
    public JdbiImportJobStore(Jdbi jdbi, String nodeId) {
        this.jdbi = jdbi;
        this.nodeId = nodeId;
    }

    @Override
    public void create(ImportJob job) {
        jdbi.useHandle(h -> create(h, job));
    }

    /** Creates the job in a transaction of the caller's: a course source queues its import with it. */
    public void create(Handle h, ImportJob job) {
        bind(h.createUpdate("""
                insert into import_jobs (id, course_key, state, bytes_read, entries_read, version, new_version, warnings,
                                         failure_kind, failure_message, created_at, updated_at, node_id,
                                         source_repository, source_commit)
                values (:id, :key, :state, :bytes, :entries, :version, :new_version, :warnings,
                        :failure_kind, :failure_message, :created_at, :updated_at, :node,
                        :source_repository, :source_commit)"""), job)
                .bind("node", nodeId).execute();
    }

    /** The job as {@code h} sees it, in the caller's transaction. */
    public static Optional<ImportJob> find(Handle h, ImportJobId id) {
        return h.createQuery("select * from import_jobs where id = :id")
                .bind("id", id.toString()).map(JdbiImportJobStore::map).findOne();
    }

    @Override
    public void update(ImportJob job) {
        int changed = jdbi.withHandle(h -> bind(h.createUpdate("""
                update import_jobs set state = :state, bytes_read = :bytes, entries_read = :entries, version = :version,
                       new_version = :new_version, warnings = :warnings, failure_kind = :failure_kind,
                       failure_message = :failure_message, updated_at = :updated_at,
                       source_repository = :source_repository, source_commit = :source_commit
                where id = :id"""), job).execute());
        if (changed != 1) {
            throw new NotFound("no import job has id " + job.id());
        }
    }

    @Override
    public Optional<ImportJob> find(ImportJobId id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    private static Update bind(Update update, ImportJob job) {
        return SourceColumns.bind(update, job.source()).bind("id", job.id().toString())
                .bind("key", job.key().toString())
                .bind("state", job.state().wireName())
                .bind("bytes", job.bytesRead())
                .bind("entries", job.entriesRead())
                .bind("version", job.version())
                .bind("new_version", job.newVersion())
                .bind("warnings", String.join("\n", job.warnings().stream().map(w -> w.replace('\n', ' ')).toList()))
                .bind("failure_kind", job.failure().map(ImportFailure::kind).orElse(null))
                .bind("failure_message", job.failure().map(ImportFailure::message).orElse(null))
                .bind("created_at", Timestamps.toDb(job.createdAt()))
                .bind("updated_at", Timestamps.toDb(job.updatedAt()));
    }

    private static ImportJob map(ResultSet rs, StatementContext ctx) throws SQLException {
        String warnings = rs.getString("warnings");
        String kind = rs.getString("failure_kind");
        return new ImportJob(ImportJobId.parse(rs.getString("id")), CourseKey.parse(rs.getString("course_key")),
                ImportState.parse(rs.getString("state")), rs.getLong("bytes_read"), rs.getLong("entries_read"),
                rs.getInt("version"), rs.getBoolean("new_version"),
                warnings == null || warnings.isEmpty() ? List.of() : Arrays.asList(warnings.split("\n")),
                kind == null ? Optional.empty() : Optional.of(new ImportFailure(kind, rs.getString("failure_message"))),
                Timestamps.fromDb(rs, "created_at"), Timestamps.fromDb(rs, "updated_at"), SourceColumns.read(rs));
    }
}
