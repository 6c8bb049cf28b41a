package org.courseport.application.source;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unauthenticated;
import org.courseport.domain.source.CourseSource;
import org.courseport.domain.source.CourseSourceId;
import org.courseport.domain.source.CourseSourceStore;
import org.courseport.domain.source.Delivery;
import org.courseport.domain.source.GitProvider;
import org.courseport.domain.source.WebhookEvent;
import org.courseport.domain.source.WebhookSecret;

/** Webhook deliveries: proven by the source's secret, then answered at once; the import runs on the workers. */
public final class WebhookService implements AuthenticateWebhook, ReceiveWebhook {
    /** One answer for an unknown source and a bad proof, so that a caller learns neither. */
    private static final String REFUSED = "the delivery's signature or token does not match a course source";
    /** Checked against when the id names no source, so that an unknown id costs what a wrong proof does. */
    private static final WebhookSecret NO_SOURCE = WebhookSecret.random(new SecureRandom());

    private final CourseSourceStore sources;
    private final GitImports imports;
    private final Clock clock;

    WebhookService(CourseSourceStore sources, GitImports imports, Clock clock) {
        this.sources = sources;
        this.imports = imports;
        this.clock = clock;
    }

    @Override
    public VerifiedDelivery authenticate(WebhookCall call) {
        Optional<CourseSource> source;
        try {
            source = sources.find(CourseSourceId.parse(call.sourceId()));
        } catch (NotFound e) {
            source = Optional.empty();
        }
        if (source.isEmpty()) {
            call.proof().verifies(GitProvider.GITHUB, NO_SOURCE, call.body());
            throw new Unauthenticated(REFUSED);
        }
        if (!call.proof().verifies(source.get().provider(), source.get().secret(), call.body())) {
            throw new Unauthenticated(REFUSED);
        }
        return new VerifiedDelivery(source.get(), call.body(), call.deliveryId());
    }

    @Override
    public WebhookOutcome receive(VerifiedDelivery delivery, WebhookEvent event) {
        CourseSource source = delivery.source();
        String branch = source.branch().ref();
        String ref = event.ref().orElse("");
        WebhookOutcome outcome;
        if (event.kind() == WebhookEvent.Kind.PING) {
            outcome = WebhookOutcome.pong();
        } else if (event.kind() != WebhookEvent.Kind.PUSH) {
            outcome = WebhookOutcome.ignored("ignored: the event '" + event.name() + "' is not a push");
        } else if (ref.startsWith("refs/tags/")) {
            outcome = WebhookOutcome.ignored("ignored: a push of the tag " + ref.substring("refs/tags/".length())
                    + "; only pushes to the branch " + source.branch() + " import");
        } else if (!ref.equals(branch)) {
            outcome = WebhookOutcome.ignored("ignored: a push to " + ref + "; this source imports the branch "
                    + source.branch());
        } else if (event.deleted()) {
            outcome = WebhookOutcome.ignored("ignored: the push deleted the branch " + source.branch()
                    + "; the course stays as it is");
        } else {
            Delivery queued = new Delivery(delivery.deliveryId(), event.name(), "queued", clock.instant());
            ImportJob job = imports.queue(source, Optional.of(queued));
            return WebhookOutcome.queued(job);
        }
        sources.noteDelivery(source.id(), new Delivery(delivery.deliveryId(), event.name(), outcome.message(), clock.instant()));
        return outcome;
    }
}
