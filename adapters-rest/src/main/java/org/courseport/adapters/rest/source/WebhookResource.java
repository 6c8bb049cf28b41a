package org.courseport.adapters.rest.source;

import static org.courseport.adapters.rest.http.Formats.JSON_SECOND;
import static org.courseport.adapters.rest.http.Formats.XML_PREFERRED;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.courseport.adapters.rest.course.CourseRepresentation;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.representation.Representation;
import org.courseport.application.source.AuthenticateWebhook;
import org.courseport.application.source.ReceiveWebhook;
import org.courseport.application.source.VerifiedDelivery;
import org.courseport.application.source.WebhookCall;
import org.courseport.application.source.WebhookOutcome;
import org.courseport.domain.error.LimitExceeded;
import org.courseport.domain.source.WebhookProof;

/**
 * The git webhook, outside {@code api/}: no token, the delivery proves itself. The body is read up to
 * its cap and checked against the source's secret before anything else reads it; the import itself
 * runs on the import workers, so the answer comes at once.
 */
@Path("hooks/git")
@Produces({XML_PREFERRED, JSON_SECOND})
public final class WebhookResource {
    /** As the contract says; GitHub's own deliveries stop at 25 MB, but a push event of a course is small. */
    public static final int MAX_BODY = 1024 * 1024;
    private static final Pattern DELIVERY_ID = Pattern.compile("[A-Za-z0-9._:-]{1,255}");

    private final AuthenticateWebhook authenticate;
    private final ReceiveWebhook receive;

    public WebhookResource(AuthenticateWebhook authenticate, ReceiveWebhook receive) {
        this.authenticate = authenticate;
        this.receive = receive;
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @Accepts // no parameters: the delivery is the raw body its signature covers, read here and nowhere else
    public Response deliver(@PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri,
                            InputStream body) throws IOException {
        byte[] raw = body.readNBytes(MAX_BODY + 1);
        if (raw.length > MAX_BODY) {
            throw new LimitExceeded("the delivery is more than " + MAX_BODY + " bytes");
        }
        VerifiedDelivery delivery = authenticate.authenticate(new WebhookCall(id, raw,
                new WebhookProof(headers.getHeaderString("X-Hub-Signature-256"), headers.getHeaderString("X-Gitlab-Token")),
                deliveryId(headers)));
        WebhookOutcome outcome = receive.receive(delivery, WebhookEvents.read(delivery.source().provider(), headers,
                delivery.body()));
        if (outcome.kind() == WebhookOutcome.Kind.QUEUED) {
            var job = outcome.job().orElseThrow();
            return Response.accepted(CourseRepresentation.from(job))
                    .location(CourseSourcesResource.jobLocation(uri, job)).build();
        }
        return Response.ok(Representation.of("delivery").with("message", outcome.message())).build();
    }

    /** GitHub's delivery id, or GitLab's; one that is not a plain token is no id. */
    private static Optional<String> deliveryId(HttpHeaders headers) {
        return Stream.of("X-GitHub-Delivery", "X-Gitlab-Event-UUID", "Idempotency-Key")
                .map(headers::getHeaderString)
                .filter(value -> value != null && DELIVERY_ID.matcher(value).matches())
                .findFirst();
    }
}
