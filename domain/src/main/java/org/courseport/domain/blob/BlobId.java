package org.courseport.domain.blob;

import java.util.regex.Pattern;

/** A blob's name: the lowercase hex SHA-256 of its bytes, so equal content is stored once. */
public record BlobId(String sha256) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public BlobId {
        if (sha256 == null || !HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
    }
}
