package org.courseport.domain.auth;

import java.util.regex.Pattern;
import org.courseport.domain.error.InvalidInput;

/** The name a user gives one of their tokens, unique among them; the audit records it for each request. */
public record TokenName(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    /** The token the older single-token route and the {@code token} command replace. */
    public static final TokenName DEFAULT = new TokenName("default");

    public TokenName {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw InvalidInput.field("name", "a token name is 1 to 80 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
