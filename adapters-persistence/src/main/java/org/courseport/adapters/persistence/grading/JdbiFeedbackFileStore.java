package org.courseport.adapters.persistence.grading;

import static org.courseport.adapters.persistence.database.SqlErrors.conflictOn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.FeedbackFile;
import org.courseport.domain.grading.FeedbackFileStore;
import org.courseport.domain.grading.NewFeedbackFile;
import org.courseport.domain.grading.SubmissionId;
import org.courseport.domain.grading.SubmissionPath;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Feedback files in {@code feedback_files}; their bytes in the blob store. */
public final class JdbiFeedbackFileStore implements FeedbackFileStore {
    private final Jdbi jdbi;

    public JdbiFeedbackFileStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public FeedbackFile create(SubmissionId submission, NewFeedbackFile file, Instant now) {
        long id = conflictOn(taken(file.filename()), () -> jdbi.withHandle(h -> h.createUpdate("""
                        insert into feedback_files (submission_id, filename, mime_type, blob_id, byte_size, created_at, updated_at)
                        values (:submission, :filename, :mime_type, :blob, :size, :now, :now)""")
                .bind("submission", submission.value())
                .bind("filename", file.filename().value())
                .bind("mime_type", file.mimeType())
                .bind("blob", file.blob().id().sha256())
                .bind("size", file.blob().size())
                .bind("now", Timestamps.toDb(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
        return new FeedbackFile(id, submission, file.filename(), file.mimeType(), file.blob());
    }

    @Override
    public List<FeedbackFile> list(SubmissionId submission) {
        return jdbi.withHandle(h -> h.createQuery("select * from feedback_files where submission_id = :submission order by id")
                .bind("submission", submission.value()).map(JdbiFeedbackFileStore::map).list());
    }

    @Override
    public Optional<FeedbackFile> find(SubmissionId submission, long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from feedback_files where submission_id = :submission and id = :id")
                .bind("submission", submission.value()).bind("id", id).map(JdbiFeedbackFileStore::map).findOne());
    }

    @Override
    public FeedbackFile replace(SubmissionId submission, long id, SubmissionPath filename, StoredBlob blob, Instant now) {
        int changed = conflictOn(taken(filename), () -> jdbi.withHandle(h -> h.createUpdate("""
                        update feedback_files set filename = :filename, blob_id = :blob, byte_size = :size, updated_at = :now
                        where submission_id = :submission and id = :id""")
                .bind("filename", filename.value())
                .bind("blob", blob.id().sha256())
                .bind("size", blob.size())
                .bind("now", Timestamps.toDb(now))
                .bind("submission", submission.value())
                .bind("id", id)
                .execute()));
        if (changed == 0) {
            throw new NotFound("the submission has no feedback file with id " + id);
        }
        return find(submission, id).orElseThrow();
    }

    private static String taken(SubmissionPath filename) {
        return "A Feedback File with that filename already exists: " + filename;
    }

    private static FeedbackFile map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new FeedbackFile(rs.getLong("id"), new SubmissionId(rs.getLong("submission_id")),
                new SubmissionPath(rs.getString("filename")), rs.getString("mime_type"),
                new StoredBlob(new BlobId(rs.getString("blob_id")), rs.getLong("byte_size")));
    }
}
