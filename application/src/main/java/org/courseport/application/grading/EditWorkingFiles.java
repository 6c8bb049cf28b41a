package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.SubmissionPath;

/**
 * Folders and removals in a group's working files. A folder is kept as an empty {@code .gitkeep} in
 * it, as in MarkUs's repositories, so that an empty one survives and downloads. Removing what is not
 * there is a {@code NotFound}.
 */
public interface EditWorkingFiles {
    void createFolder(Caller caller, AssignmentId assignment, GroupId group, SubmissionPath folder);

    void removeFile(Caller caller, AssignmentId assignment, GroupId group, SubmissionPath path);

    void removeFolder(Caller caller, AssignmentId assignment, GroupId group, SubmissionPath folder);
}
