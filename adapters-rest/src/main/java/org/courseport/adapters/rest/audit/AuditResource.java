package org.courseport.adapters.rest.audit;

import static org.courseport.adapters.rest.http.Formats.CSV_THIRD;
import static org.courseport.adapters.rest.http.Formats.JSON_SECOND;
import static org.courseport.adapters.rest.http.Formats.XML_PREFERRED;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.CollectionResponse;
import org.courseport.adapters.rest.representation.Representation;
import org.courseport.application.audit.ListAudit;
import org.courseport.domain.audit.AuditEntry;
import org.courseport.domain.audit.AuditRecord;
import org.courseport.domain.audit.TimeRange;
import org.courseport.domain.error.InvalidInput;

/** The audit log, for admins: a collection like the others, with {@code since} and {@code until} for time. */
@Path("api/v1/audit")
public final class AuditResource {
    private final ListAudit listAudit;

    public AuditResource(ListAudit listAudit) {
        this.listAudit = listAudit;
    }

    @GET
    @Produces({XML_PREFERRED, JSON_SECOND, CSV_THIRD})
    public Response list(@Context ContainerRequestContext request, @Context UriInfo uri) {
        Params params = Params.of(request);
        Instant since = instant(params, "since");
        Instant until = instant(params, "until");
        if (since != null && until != null && !since.isBefore(until)) {
            throw InvalidInput.field("until", "must be later than since");
        }
        return CollectionResponse.of(listAudit.list(Authentication.caller(request), params.collection(),
                        new TimeRange(since, until)),
                "audit_entries", "audit_entry", AuditResource::represent, uri);
    }

    private static Instant instant(Params params, String name) {
        String text = params.get(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInput.field(name, "must be a time with its offset, such as 2026-09-01T10:00:00Z");
        }
    }

    private static Representation represent(AuditEntry entry) {
        AuditRecord r = entry.record();
        return Representation.of("audit_entry")
                .with("id", entry.id())
                .with("at", r.at())
                .with("user_name", r.user())
                .with("token_name", r.tokenName())
                .with("method", r.method())
                .with("route", r.path())
                .with("status", r.status())
                .with("request_id", r.requestId());
    }
}
