package org.courseport.domain.course;

import java.util.Locale;
import java.util.regex.Pattern;

/** A git commit: its object id in lowercase hex (SHA-1, or SHA-256 for repositories that use it). */
public record CommitId(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    public CommitId {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a git commit id: " + hex);
        }
    }

    public static CommitId parse(String text) {
        return new CommitId(text == null ? null : text.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return hex;
    }
}
