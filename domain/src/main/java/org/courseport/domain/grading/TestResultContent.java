package org.courseport.domain.grading;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.courseport.domain.error.LimitExceeded;
import org.courseport.domain.error.Unprocessable;

/**
 * What a test run reported: text. Bytes that are not UTF-8, and text with control characters other
 * than tab, line feed, carriage return and form feed, are binary and refused.
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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                throw binary("it holds the control character U+" + String.format("%04X", (int) c));
            }
        }
    }

    /** Reads bytes as strict UTF-8: a malformed sequence refuses the whole content. */
    public static TestResultContent decode(byte[] bytes) {
        if (bytes.length > 4L * MAX_CHARS) {
            throw new LimitExceeded("file_content: a test result may be at most " + MAX_CHARS + " characters");
        }
        try {
            return new TestResultContent(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw binary("it is not valid UTF-8");
        }
    }

    private static Unprocessable binary(String why) {
        return new Unprocessable("file_content: a test result must be text (UTF-8); " + why);
    }
}
