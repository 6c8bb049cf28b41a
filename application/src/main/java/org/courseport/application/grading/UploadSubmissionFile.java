package org.courseport.application.grading;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.SubmissionFile;

/** Puts one file in a group's working set (graders); a file at the same path is replaced. */
public interface UploadSubmissionFile {
    SubmissionFile upload(Caller caller, UploadSubmissionFileCommand command);
}
