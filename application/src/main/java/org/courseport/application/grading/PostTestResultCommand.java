package org.courseport.application.grading;

import java.util.Objects;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;

/** A test result for the submission of the group with this id in the assignment with this id. */
public record PostTestResultCommand(AssignmentId assignment, GroupId group, TestResultFilename filename,
                                    TestResultContent content) {
    public PostTestResultCommand {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(content, "content");
    }
}
