package org.courseport.domain.limit;

/**
 * Whether a request may go ahead, and what its answer tells the client: the {@code limit} of its
 * window, the requests {@code remaining} in it, and the seconds until the window resets
 * ({@code resetSeconds}, at least 1), which is also how long a refused client should wait.
 */
public record RateDecision(boolean allowed, long limit, long remaining, long resetSeconds) {
    public RateDecision {
        if (limit < 1 || remaining < 0 || remaining > limit || resetSeconds < 1) {
            throw new IllegalArgumentException("inconsistent rate decision");
        }
        if (!allowed && remaining != 0) {
            throw new IllegalArgumentException("a refusal leaves nothing remaining");
        }
    }
}
