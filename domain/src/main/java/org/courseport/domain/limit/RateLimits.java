package org.courseport.domain.limit;

import java.util.Objects;

/** The allowance of each {@link LimitClass}. */
public record RateLimits(RateLimit read, RateLimit write, RateLimit anonymous) {
    /** A token's reads and writes per minute, and an unauthenticated address's requests per minute. */
    public static final RateLimits DEFAULTS = new RateLimits(RateLimit.parse("6000/1m"), RateLimit.parse("1200/1m"),
            RateLimit.parse("300/1m"));

    public RateLimits {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(anonymous, "anonymous");
    }

    public RateLimit of(LimitClass limitClass) {
        return switch (limitClass) {
            case READ -> read;
            case WRITE -> write;
            case ANONYMOUS -> anonymous;
        };
    }
}
