package org.courseport.domain.limit;

import java.util.Locale;

/**
 * Which allowance a request is counted against: an authenticated caller's reads or writes, each per
 * token, or an unauthenticated client's requests, per address.
 */
public enum LimitClass {
    READ, WRITE, ANONYMOUS;

    /** Reads are the methods that change nothing; anything else counts as a write. */
    public static LimitClass ofMethod(String method) {
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD", "OPTIONS" -> READ;
            default -> WRITE;
        };
    }
}
