package org.courseport.adapters.persistence.grading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.Submission;
import org.courseport.domain.grading.SubmissionFile;
import org.courseport.domain.grading.SubmissionId;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.grading.SubmissionStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Working files in {@code working_files}; collected submissions in {@code submissions} and {@code submission_files}. */
public final class JdbiSubmissionStore implements SubmissionStore {
    private final Jdbi jdbi;

    public JdbiSubmissionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void putWorkingFile(GroupId group, SubmissionFile file, Instant now) {
        Constraints.upsert("working_files_pkey", () -> jdbi.inTransaction(h -> {
            lockWorkingFiles(h, group);
            clashing(h, group, file.path()).ifPresent(existing -> {
                throw file.path().conflictWith(existing);
            });
            int updated = h.createUpdate("""
                            update working_files set blob_id = :blob, byte_size = :size, updated_at = :now
                            where group_id = :group and file_path = :path""")
                    .bindMap(fileValues(group, file)).bind("now", Timestamps.toDb(now)).execute();
            if (updated == 0) {
                h.createUpdate("""
                                insert into working_files (group_id, file_path, blob_id, byte_size, updated_at)
                                values (:group, :path, :blob, :size, :now)""")
                        .bindMap(fileValues(group, file)).bind("now", Timestamps.toDb(now)).execute();
            }
            return updated;
        }));
    }

    /** Uploads to one group take turns, so two clashing files cannot both pass the check below. */
    private static void lockWorkingFiles(Handle h, GroupId group) {
        h.createQuery("select id from grading_groups where id = :group for update")
                .bind("group", group.value()).mapTo(Long.class).findOne();
    }

    /**
     * A file already there that could not be unpacked with {@code path}: the same path in another
     * letter case, a folder of it, or a file inside it. Compared by lengths, not LIKE, as paths may
     * hold {@code %} and {@code _}.
     */
    private static Optional<SubmissionPath> clashing(Handle h, GroupId group, SubmissionPath path) {
        return h.createQuery("""
                        select file_path from working_files
                        where group_id = :group and file_path <> :path
                          and (lower(file_path) = lower(:path)
                               or left(lower(:path), char_length(file_path) + 1) = lower(file_path) || '/'
                               or left(lower(file_path), char_length(:path) + 1) = lower(:path) || '/')
                        order by file_path""")
                .bind("group", group.value()).bind("path", path.value())
                .map((rs, ctx) -> new SubmissionPath(rs.getString("file_path")))
                .stream().filter(path::clashesWith).findFirst();
    }

    @Override
    public Submission collect(GroupId group, Instant now) {
        try {
            return Constraints.upsert("submissions_group_key", () -> jdbi.inTransaction(h -> {
                h.createUpdate("delete from submissions where group_id = :group").bind("group", group.value()).execute();
                long id = h.createUpdate("insert into submissions (group_id, collected_at) values (:group, :now)")
                        .bind("group", group.value()).bind("now", Timestamps.toDb(now))
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                h.createUpdate("""
                                insert into submission_files (submission_id, file_path, blob_id, byte_size)
                                select :id, file_path, blob_id, byte_size from working_files where group_id = :group""")
                        .bind("id", id).bind("group", group.value()).execute();
                return load(h, group).orElseThrow();
            }));
        } catch (RuntimeException e) {
            if (Constraints.uniqueViolated(e, "submissions_group_key")) {
                throw new Conflict("the submission of this group is being collected by another request; try again");
            }
            throw e;
        }
    }

    @Override
    public List<SubmissionFile> workingFiles(GroupId group) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select file_path, blob_id, byte_size from working_files where group_id = :group order by file_path")
                .bind("group", group.value())
                .map((rs, ctx) -> file(rs))
                .list());
    }

    @Override
    public boolean removeWorkingFile(GroupId group, SubmissionPath path) {
        return jdbi.withHandle(h -> h.createUpdate("delete from working_files where group_id = :group and file_path = :path")
                .bind("group", group.value()).bind("path", path.value()).execute()) > 0;
    }

    /** Compares the path's start as text: a LIKE pattern would need every {@code %} and {@code _} escaped. */
    @Override
    public int removeWorkingFolder(GroupId group, SubmissionPath folder) {
        String prefix = folder.value() + "/";
        return jdbi.withHandle(h -> h.createUpdate(
                        "delete from working_files where group_id = :group and substring(file_path from 1 for :length) = :prefix")
                .bind("group", group.value()).bind("length", prefix.length()).bind("prefix", prefix).execute());
    }

    @Override
    public Optional<Submission> find(GroupId group) {
        return jdbi.withHandle(h -> load(h, group));
    }

    @Override
    public Optional<SubmissionId> findId(GroupId group) {
        return jdbi.withHandle(h -> h.createQuery("select id from submissions where group_id = :group")
                .bind("group", group.value()).mapTo(Long.class).findOne().map(SubmissionId::new));
    }

    private static Optional<Submission> load(Handle h, GroupId group) {
        return h.createQuery("select id, collected_at from submissions where group_id = :group")
                .bind("group", group.value())
                .map((rs, ctx) -> new Object[] {rs.getLong("id"), Timestamps.fromDb(rs, "collected_at")})
                .findOne()
                .map(row -> new Submission(new SubmissionId((Long) row[0]), group, (Instant) row[1], files(h, (Long) row[0])));
    }

    private static List<SubmissionFile> files(Handle h, long submission) {
        return h.createQuery("""
                        select file_path, blob_id, byte_size from submission_files
                        where submission_id = :id order by file_path""")
                .bind("id", submission)
                .map((rs, ctx) -> file(rs))
                .list();
    }

    private static SubmissionFile file(ResultSet rs) throws SQLException {
        return new SubmissionFile(new SubmissionPath(rs.getString("file_path")),
                new StoredBlob(new BlobId(rs.getString("blob_id")), rs.getLong("byte_size")));
    }

    private static java.util.Map<String, Object> fileValues(GroupId group, SubmissionFile file) {
        return java.util.Map.of("group", group.value(), "path", file.path().value(),
                "blob", file.blob().id().sha256(), "size", file.blob().size());
    }
}
