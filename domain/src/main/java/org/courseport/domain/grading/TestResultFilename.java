package org.courseport.domain.grading;

/**
 * A test result's name, unique within its submission ({@code results.json}): a relative path under
 * the {@link PathRule}, as it may be written out next to the submission's files.
 */
public record TestResultFilename(String value) {
    private static final int MAX_LENGTH = 255;

    public TestResultFilename {
        PathRule.check("filename", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
