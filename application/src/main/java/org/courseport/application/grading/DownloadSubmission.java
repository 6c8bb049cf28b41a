package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;

/**
 * A group's collected submission as one zip, every file under {@code <short_identifier>-<group_name>/}
 * (graders). Everything is looked up and checked
 * before the archive is returned, so writing it can only fail on I/O.
 */
public interface DownloadSubmission {
    ArchiveDownload download(Caller caller, AssignmentId assignment, GroupId group);
}
