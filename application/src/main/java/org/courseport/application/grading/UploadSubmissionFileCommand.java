package org.courseport.application.grading;

import java.io.InputStream;
import java.util.Objects;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.SubmissionPath;

/** A file for the working set of the group with this id; the content is read once, by the upload. */
public record UploadSubmissionFileCommand(AssignmentId assignment, GroupId group, SubmissionPath path,
                                          InputStream content) {
    public UploadSubmissionFileCommand {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
