package org.courseport.application.source;

import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.source.WebhookProof;

/** A webhook delivery as it arrived: the source id of its URL, its raw body, its proof and delivery id. */
public record WebhookCall(String sourceId, byte[] body, WebhookProof proof, Optional<String> deliveryId) {
    public WebhookCall {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(deliveryId, "deliveryId");
    }
}
