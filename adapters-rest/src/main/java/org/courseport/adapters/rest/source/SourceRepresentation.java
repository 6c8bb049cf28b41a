package org.courseport.adapters.rest.source;

import java.net.URI;
import org.courseport.adapters.rest.representation.Representation;
import org.courseport.domain.source.CourseSource;
import org.courseport.domain.source.Delivery;

/** Course sources on the wire: never the secret nor the credential, except the secret in the one answer that made it. */
final class SourceRepresentation {

    private SourceRepresentation() {
    }

    static Representation from(CourseSource source, URI webhookUrl) {
        return Representation.of("course_source")
                .with("id", source.id().value())
                .with("course_key", source.courseKey().toString())
                .with("repository_url", source.repository().toString())
                .with("branch", source.branch().name())
                .with("path", source.path().folder())
                .with("provider", source.provider().wireName())
                .with("has_credential", source.credential().isPresent())
                .with("webhook_url", webhookUrl.toString())
                .with("last_delivery", source.lastDelivery().map(SourceRepresentation::from).orElse(null))
                .with("last_import", source.lastImport().map(Object::toString).orElse(null))
                .with("created_at", source.createdAt())
                .with("updated_at", source.updatedAt());
    }

    /** With the secret: the answer to creating the source or rotating its secret, shown this once. */
    static Representation withSecret(CourseSource source, URI webhookUrl) {
        return from(source, webhookUrl).with("webhook_secret", source.secret().reveal());
    }

    private static Representation from(Delivery delivery) {
        return Representation.of("delivery")
                .with("id", delivery.id().orElse(null))
                .with("event", delivery.event())
                .with("outcome", delivery.outcome())
                .with("received_at", delivery.receivedAt());
    }
}
