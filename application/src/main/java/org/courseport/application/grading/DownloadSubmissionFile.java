package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.SubmissionPath;

/** One file of a group's collected submission (graders); a path not in it is a {@code NotFound}. */
public interface DownloadSubmissionFile {
    FileDownload download(Caller caller, AssignmentId assignment, GroupId group, SubmissionPath path);
}
