package org.courseport.domain.grading;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.courseport.domain.blob.StoredBlob;

/** Where feedback files are kept. A filename taken in the submission is a {@code Conflict}. */
public interface FeedbackFileStore {
    FeedbackFile create(SubmissionId submission, NewFeedbackFile file, Instant now);

    /** The submission's feedback files, by id. */
    List<FeedbackFile> list(SubmissionId submission);

    Optional<FeedbackFile> find(SubmissionId submission, long id);

    /** New bytes and name for an existing file, its media type kept; a missing one is a {@code NotFound}. */
    FeedbackFile replace(SubmissionId submission, long id, SubmissionPath filename, StoredBlob blob, Instant now);
}
