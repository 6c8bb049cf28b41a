package org.courseport.application.grading;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.courseport.domain.testrun.TestCase;

/**
 * A tester's report of a run as MarkUs's {@code add_test_run} takes it: its status word, its error, and per test
 * group what the tester said; feedback files carry their bytes, which the use case stores.
 */
public record TestRunReport(String status, Optional<String> error, List<Group> groups) {
    public TestRunReport {
        Objects.requireNonNull(error, "error");
        groups = List.copyOf(groups);
    }

    /** One test group as reported. */
    public record Group(String name, OptionalLong testGroupId, long time, boolean timedOut, Optional<String> stderr,
                        Optional<String> malformed, List<TestCase> tests, List<Feedback> feedback) {
        public Group {
            Objects.requireNonNull(testGroupId, "testGroupId");
            Objects.requireNonNull(stderr, "stderr");
            Objects.requireNonNull(malformed, "malformed");
            tests = List.copyOf(tests);
            feedback = List.copyOf(feedback);
        }
    }

    /** A feedback file as reported, its content already decoded. */
    public record Feedback(String filename, String mimeType, byte[] content) {
        public Feedback {
            Objects.requireNonNull(content, "content");
        }
    }
}
