package org.courseport.application.grading;

import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;
import org.courseport.domain.grading.TestResultId;

/** Which test result to replace, its new content and, when given, its new filename. */
public record ReplaceTestResultCommand(AssignmentId assignment, GroupId group, TestResultId id,
                                       Optional<TestResultFilename> filename, TestResultContent content) {
    public ReplaceTestResultCommand {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(content, "content");
    }
}
