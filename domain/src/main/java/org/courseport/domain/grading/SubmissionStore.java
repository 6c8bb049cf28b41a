package org.courseport.domain.grading;

import java.time.Instant;
import java.util.List;
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

    /** The group's working files, in path order: what MarkUs calls the latest files of its repository. */
    List<SubmissionFile> workingFiles(GroupId group);

    /** Removes one working file; false if there was none at that path. */
    boolean removeWorkingFile(GroupId group, SubmissionPath path);

    /** Removes every working file under {@code folder}, at any depth; how many there were. */
    int removeWorkingFolder(GroupId group, SubmissionPath folder);

    /** The group's collected submission, if any. */
    Optional<Submission> find(GroupId group);

    /** The id of the group's collected submission, if any, without reading its file list. */
    Optional<SubmissionId> findId(GroupId group);
}
