package org.courseport.domain.source;

import java.util.Objects;
import java.util.Optional;

/**
 * What a verified delivery says, in the terms all providers share.
 *
 * @param kind    a ping, a push, or anything else (ignored)
 * @param name    the provider's own name of the event, for the record
 * @param ref     the ref a push moved, {@code refs/heads/main} or {@code refs/tags/v1}
 * @param deleted whether the push deleted the ref
 */
public record WebhookEvent(Kind kind, String name, Optional<String> ref, boolean deleted) {
    public enum Kind { PING, PUSH, OTHER }

    public WebhookEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ref, "ref");
    }
}
