package org.courseport.application.source;

import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.course.ImportJob;

/** What became of a delivery: a pong, ignored (and why), or the import job that will take the push. */
public record WebhookOutcome(Kind kind, String message, Optional<ImportJob> job) {
    public enum Kind { PONG, IGNORED, QUEUED }

    public WebhookOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(job, "job");
    }

    static WebhookOutcome pong() {
        return new WebhookOutcome(Kind.PONG, "pong", Optional.empty());
    }

    static WebhookOutcome ignored(String why) {
        return new WebhookOutcome(Kind.IGNORED, why, Optional.empty());
    }

    static WebhookOutcome queued(ImportJob job) {
        return new WebhookOutcome(Kind.QUEUED, "queued", Optional.of(job));
    }
}
