package org.courseport.domain.grading;

import org.courseport.domain.error.LimitExceeded;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.text.WritableText;

/**
 * What a test run reported: text that can be written back ({@link WritableText}). Bytes that are not
 * UTF-8, and text that breaks the rule (a form feed included: XML 1.0 cannot carry it), are refused.
 */
public record TestResultContent(String text) {
    /** Test output is read whole by graders and shown in pages; more than this is a runaway test. */
    public static final int MAX_CHARS = 8 * 1024 * 1024;

    public TestResultContent {
        if (text == null) {
            text = "";
        }
        if (text.length() > MAX_CHARS) {
            throw new LimitExceeded("file_content: a test result may be at most " + MAX_CHARS + " characters");
        }
        WritableText.fault(text).ifPresent(fault -> {
            throw binary("it " + fault);
        });
    }

    /** Reads bytes as strict UTF-8: a malformed sequence refuses the whole content. */
    public static TestResultContent decode(byte[] bytes) {
        if (bytes.length > 4L * MAX_CHARS) {
            throw new LimitExceeded("file_content: a test result may be at most " + MAX_CHARS + " characters");
        }
        return new TestResultContent(WritableText.decodeUtf8(bytes)
                .orElseThrow(() -> binary("it is not valid UTF-8")));
    }

    private static Unprocessable binary(String why) {
        return Unprocessable.field("file_content", "a test result must be text (UTF-8); " + why);
    }
}
