package org.courseport.domain.starter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.SubmissionPath;

/**
 * Where starter file groups and their entries are kept. A group name taken in its assignment is a
 * {@code Conflict}; so is a file where a folder is, or a folder where a file is.
 */
public interface StarterFileStore {
    /** A new group named {@link StarterFileGroup#DEFAULT_NAME}, without renaming. */
    StarterFileGroup createGroup(AssignmentId assignment, Instant now);

    Optional<StarterFileGroup> findGroup(long id);

    /** The assignment's groups, by id. */
    List<StarterFileGroup> groups(AssignmentId assignment);

    StarterFileGroup updateGroup(StarterFileGroup group, Instant now);

    /** Removes the group with its entries. */
    void deleteGroup(long id);

    /** The group's files and folders, by path. */
    List<StarterEntry> entries(long group);

    /** Puts or replaces a file; its folder must exist already. */
    void putFile(long group, SubmissionPath path, StoredBlob blob, Instant now);

    /** Makes a folder and any of its parents that are missing. */
    void putFolder(long group, SubmissionPath path, Instant now);

    /** Removes a file; false if there was none. */
    boolean removeFile(long group, SubmissionPath path);

    /** Removes a folder and everything in it; a missing one is fine. */
    void removeFolder(long group, SubmissionPath path);
}
