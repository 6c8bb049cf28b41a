package org.courseport.domain.grading;

import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.LimitExceeded;

/**
 * An assignment's automated test settings: a JSON object's text, checked to be one by the adapter that
 * parsed it, kept and handed back as given. None yet reads as {@link #NONE}, MarkUs's {@code {}}.
 */
public record TestSpecs(String json) {
    public static final TestSpecs NONE = new TestSpecs("{}");
    private static final int MAX_CHARS = 1 << 20;

    public TestSpecs {
        if (json == null || !json.strip().startsWith("{")) {
            throw InvalidInput.field("specs", "must be a JSON object");
        }
        if (json.length() > MAX_CHARS) {
            throw new LimitExceeded("specs may be at most " + MAX_CHARS + " characters");
        }
    }
}
