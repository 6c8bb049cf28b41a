package org.courseport.domain.limit;

import java.util.Objects;

/**
 * Whose allowance a request is counted against: a token ({@code user} and token name) for its reads or
 * writes, or a client address for unauthenticated requests.
 */
public record RateKey(LimitClass limitClass, String subject) {
    private static final int MAX_SUBJECT = 200;

    public RateKey {
        Objects.requireNonNull(limitClass, "limitClass");
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank() || subject.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("a rate key's subject is 1 to " + MAX_SUBJECT + " characters");
        }
    }

    /** An authenticated caller's token, for a read or a write. */
    public static RateKey token(String user, String tokenName, boolean write) {
        return new RateKey(write ? LimitClass.WRITE : LimitClass.READ, "token:" + user + "/" + tokenName);
    }

    /** An unauthenticated client, by its address. */
    public static RateKey address(String address) {
        return new RateKey(LimitClass.ANONYMOUS, "address:" + address);
    }

    /** The key as the shared counters store it. */
    public String id() {
        return limitClass.name().toLowerCase(java.util.Locale.ROOT) + ":" + subject;
    }
}
