package org.courseport.domain.auth;

import java.util.regex.Pattern;

/** The stored form of an {@link ApiToken}: lowercase hex SHA-256. */
public record TokenHash(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public TokenHash {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest");
        }
    }
}
