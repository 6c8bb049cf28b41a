package org.courseport.application.grading;

import java.util.Objects;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.TestResultWrite;

/** A test result as written, with the assignment and group it belongs to (the shortcut names them otherwise). */
public record PostedTestResult(AssignmentId assignment, GroupId group, TestResultWrite write) {
    public PostedTestResult {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(write, "write");
    }
}
