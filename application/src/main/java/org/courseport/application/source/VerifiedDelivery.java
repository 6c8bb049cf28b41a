package org.courseport.application.source;

import java.util.Optional;
import org.courseport.domain.source.CourseSource;

/**
 * A delivery whose proof matched its source's secret. Only {@link AuthenticateWebhook} makes one, so
 * {@link ReceiveWebhook} cannot be reached without it.
 */
public final class VerifiedDelivery {
    private final CourseSource source;
    private final byte[] body;
    private final Optional<String> deliveryId;

    VerifiedDelivery(CourseSource source, byte[] body, Optional<String> deliveryId) {
        this.source = source;
        this.body = body;
        this.deliveryId = deliveryId;
    }

    public CourseSource source() {
        return source;
    }

    /** The raw body the proof covered, for the adapter to read the event from. */
    public byte[] body() {
        return body.clone();
    }

    public Optional<String> deliveryId() {
        return deliveryId;
    }
}
