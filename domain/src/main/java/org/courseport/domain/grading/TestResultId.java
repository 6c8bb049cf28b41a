package org.courseport.domain.grading;

/** The store's number for a test result. */
public record TestResultId(long value) {
    public TestResultId {
        Ids.positive("test_result_id", value);
    }

    /** Reads the id of a URL path; anything but a positive number is invalid input. */
    public static TestResultId parse(String text) {
        return new TestResultId(Ids.parse("test_result_id", text));
    }
}
