package org.courseport.application.grading;

import java.io.InputStream;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.SubmissionFile;
import org.courseport.domain.grading.SubmissionPath;

/** Puts one file in a group's working set (graders); a file at the same path is replaced. */
public interface UploadSubmissionFile {
    SubmissionFile upload(Caller caller, AssignmentId assignment, GroupId group, SubmissionPath path, InputStream content);
}
