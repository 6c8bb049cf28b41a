package org.courseport.domain.audit;

import java.time.Instant;

/** From {@code since} (inclusive) to {@code until} (exclusive); an absent bound leaves that side open. */
public record TimeRange(Instant since, Instant until) {
    public TimeRange {
        if (since != null && until != null && !since.isBefore(until)) {
            throw new IllegalArgumentException("since must be before until");
        }
    }

    public static TimeRange all() {
        return new TimeRange(null, null);
    }

    public boolean contains(Instant at) {
        return (since == null || !at.isBefore(since)) && (until == null || at.isBefore(until));
    }
}
