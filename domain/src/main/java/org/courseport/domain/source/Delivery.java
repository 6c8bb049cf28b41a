package org.courseport.domain.source;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One verified webhook delivery: the provider's delivery id (GitHub sends the same one again when it
 * retries), the event, and what became of it.
 */
public record Delivery(Optional<String> id, String event, String outcome, Instant receivedAt) {
    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
