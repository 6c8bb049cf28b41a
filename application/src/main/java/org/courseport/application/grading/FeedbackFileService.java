package org.courseport.application.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Permission;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.FeedbackFile;
import org.courseport.domain.grading.FeedbackFileStore;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.NewFeedbackFile;
import org.courseport.domain.grading.SubmissionId;
import org.courseport.domain.grading.SubmissionStore;

/** Feedback files: graders read and write them on collected submissions. */
public final class FeedbackFileService implements ManageFeedbackFiles {
    private final FeedbackFileStore files;
    private final SubmissionStore submissions;
    private final BlobStore blobs;
    private final GradingLookups lookups;
    private final Clock clock;

    public FeedbackFileService(FeedbackFileStore files, SubmissionStore submissions, BlobStore blobs,
                               GradingLookups lookups, Clock clock) {
        this.files = files;
        this.submissions = submissions;
        this.blobs = blobs;
        this.lookups = lookups;
        this.clock = clock;
    }

    @Override
    public List<FeedbackFile> list(Caller caller, GroupRef group) {
        caller.require(Permission.GRADE);
        return files.list(submission(group));
    }

    @Override
    public OpenedFeedbackFile open(Caller caller, GroupRef group, long id) {
        caller.require(Permission.GRADE);
        FeedbackFile file = existing(submission(group), id);
        try {
            InputStream content = blobs.open(file.blob().id()).orElseThrow(() -> new IllegalStateException(
                    "blob " + file.blob().id().sha256() + " of feedback file " + id + " is missing from the blob store"));
            return new OpenedFeedbackFile(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open feedback file " + id, e);
        }
    }

    @Override
    public FeedbackFile upload(Caller caller, GroupRef group, FeedbackUpload upload) {
        caller.require(Permission.GRADE);
        SubmissionId submission = submission(group);
        return files.create(submission, new NewFeedbackFile(upload.filename(), upload.mimeType(), store(upload)),
                clock.instant());
    }

    @Override
    public FeedbackFile replace(Caller caller, GroupRef group, long id, FeedbackUpload upload) {
        caller.require(Permission.GRADE);
        SubmissionId submission = submission(group);
        existing(submission, id);
        return files.replace(submission, id, upload.filename(), store(upload), clock.instant());
    }

    private SubmissionId submission(GroupRef ref) {
        Group group = lookups.group(ref.assignment(), ref.group());
        return submissions.findId(group.id()).orElseThrow(() ->
                new NotFound("No submission exists for group " + group.name()));
    }

    private FeedbackFile existing(SubmissionId submission, long id) {
        return files.find(submission, id).orElseThrow(() ->
                new NotFound("the submission has no feedback file with id " + id));
    }

    private StoredBlob store(FeedbackUpload upload) {
        try (InputStream content = upload.content()) {
            return blobs.put(content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store feedback file " + upload.filename(), e);
        }
    }
}
