package org.courseport.application.grading;

import java.util.Objects;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;

/** A test result for the submission of the group with this name in the assignment with this short identifier. */
public record PostTestResultByNameCommand(ShortIdentifier assignment, GroupName group, TestResultFilename filename,
                                          TestResultContent content) {
    public PostTestResultByNameCommand {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(content, "content");
    }
}
