package org.courseport.domain.testrun;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.courseport.domain.error.Unprocessable;

/**
 * What one test group of a run gave: the group's name and, if the tester named it, its id in the test
 * settings; how long it took (ms); what went wrong around its tests ({@code extraInfo}) and, when it has no
 * tests, why ({@code errorType}: {@code timeout} or {@code no_results}); its tests in order; its feedback files.
 * Its marks are its tests' sums.
 */
public record TestGroupRun(String name, OptionalLong testGroupId, long time, Optional<String> extraInfo,
                           Optional<String> errorType, List<TestCase> tests, List<TestFeedbackFile> feedback) {
    public TestGroupRun {
        if (name == null || name.isBlank()) {
            throw Unprocessable.field("extra_info.name", "a test group needs a name");
        }
        Objects.requireNonNull(testGroupId, "testGroupId");
        if (time < 0) {
            throw Unprocessable.field("time", "must not be negative");
        }
        Objects.requireNonNull(extraInfo, "extraInfo");
        Objects.requireNonNull(errorType, "errorType");
        tests = List.copyOf(tests);
        feedback = List.copyOf(feedback);
        Set<String> names = new HashSet<>();
        for (TestCase test : tests) {
            if (!names.add(test.name())) {
                throw Unprocessable.field("tests", "the test group " + name + " names the test " + test.name() + " twice");
            }
        }
    }

    /**
     * A group as a tester reports it: what it wrote on stderr and what the server discarded as malformed
     * become the extra information, and a group without tests says whether it timed out.
     */
    public static TestGroupRun reported(String name, OptionalLong testGroupId, long time, boolean timedOut,
                                        Optional<String> stderr, Optional<String> malformed, List<TestCase> tests,
                                        List<TestFeedbackFile> feedback) {
        String extra = stderr.filter(s -> !s.isBlank()).map(s -> "Messages on stderr: \n" + s + "\n").orElse("")
                + malformed.filter(s -> !s.isBlank()).map(s -> "Malformed results discarded by server: \n" + s + "\n")
                .orElse("");
        Optional<String> errorType = tests.isEmpty() ? Optional.of(timedOut ? "timeout" : "no_results") : Optional.empty();
        return new TestGroupRun(name, testGroupId, time, Optional.of(extra).filter(s -> !s.isEmpty()), errorType, tests,
                feedback);
    }

    public double marksEarned() {
        return tests.stream().mapToDouble(TestCase::marksEarned).sum();
    }

    public double marksTotal() {
        return tests.stream().mapToDouble(TestCase::marksTotal).sum();
    }
}
