package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.SubmissionPath;

/**
 * A group's files as MarkUs's current API gives them: the collected submission, or with {@code
 * collected} false the latest working files; as a zip with the paths at its root, or one file. A
 * file that is not there is unprocessable (422) and no collected submission is a 404, as MarkUs has it.
 */
public interface ReadGroupFiles {
    ArchiveDownload archive(Caller caller, AssignmentId assignment, GroupId group, boolean collected);

    FileDownload file(Caller caller, AssignmentId assignment, GroupId group, SubmissionPath path, boolean collected);
}
