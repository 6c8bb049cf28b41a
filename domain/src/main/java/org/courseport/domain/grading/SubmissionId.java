package org.courseport.domain.grading;

/** The store's number for a submission. */
public record SubmissionId(long value) {
    public SubmissionId {
        Ids.positive("submission_id", value);
    }
}
