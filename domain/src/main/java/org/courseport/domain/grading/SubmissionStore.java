package org.courseport.domain.grading;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a group's working files and its collected submission are kept. File bytes live in the blob
 * store; this keeps paths and blob ids.
 */
public interface SubmissionStore {

    /**
     * Puts a file in the group's working set; a file already at that path is replaced. A file that
     * {@linkplain SubmissionPath#clashesWith clashes} with one already there is refused with
     * {@link SubmissionPath#conflictWith}, atomically: of two clashing uploads at once, one is refused.
     */
    void putWorkingFile(GroupId group, SubmissionFile file, Instant now);

    /**
     * Freezes the group's working files as its submission. A previous submission of the group, with
     * its test results, is replaced.
     */
    Submission collect(GroupId group, Instant now);

    /** The group's collected submission, if any. */
    Optional<Submission> find(GroupId group);

    /** The id of the group's collected submission, if any, without reading its file list. */
    Optional<SubmissionId> findId(GroupId group);
}
