package org.courseport.domain.grading;

/** The store's number for a submission. */
public record SubmissionId(long value) {
    public SubmissionId {
        Ids.positive("submission_id", value);
    }

    /** Reads the id of a URL path; anything but a positive number is invalid input. */
    public static SubmissionId parse(String text) {
        return new SubmissionId(Ids.parse("submission_id", text));
    }
}
