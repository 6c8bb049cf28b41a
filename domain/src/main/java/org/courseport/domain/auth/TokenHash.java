package org.courseport.domain.auth;

/** The stored form of an {@link ApiToken}: lowercase hex SHA-256. */
public record TokenHash(String hex) {
    private static final int LENGTH = 64;

    public TokenHash {
        if (!isDigest(hex)) {
            throw new IllegalArgumentException("not a SHA-256 hex digest");
        }
    }

    /** Scanned rather than matched with a regular expression: this runs on every authenticated request. */
    private static boolean isDigest(String hex) {
        if (hex == null || hex.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = hex.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }
}
