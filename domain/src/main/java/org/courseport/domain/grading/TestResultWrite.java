package org.courseport.domain.grading;

import java.util.Objects;

/** A test result as written, and whether the write created it or replaced one of the same filename. */
public record TestResultWrite(TestResult result, boolean created) {
    public TestResultWrite {
        Objects.requireNonNull(result, "result");
    }
}
