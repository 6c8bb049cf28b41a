package org.courseport.adapters.rest.audit;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.time.Clock;
import java.util.Optional;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.CourseportPaths;
import org.courseport.adapters.rest.http.RequestLog;
import org.courseport.application.audit.RecordAudit;
import org.courseport.domain.audit.AuditRecord;
import org.courseport.domain.auth.Caller;

/**
 * Records the audited requests ({@link AuditedRequests}) to the API and the webhooks once their
 * status is known, before the answer is written: a write's entry is kept before its client hears of
 * it (see {@code AuditLog}). It keeps the method, the path without its query string, the status, the
 * caller and token name, and the request id of the log line; never a header, a parameter or a body.
 * A download's status is the one its headers carry: the body is streamed after.
 */
@Priority(100)
public final class AuditTrail implements ContainerResponseFilter {
    private final RecordAudit audit;
    private final Clock clock;

    public AuditTrail(RecordAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!AuditedRequests.audited(method, path, response.getStatus())
                || !(CourseportPaths.isApi(request) || CourseportPaths.isHook(request))) {
            return;
        }
        Optional<Caller> caller = Authentication.authenticated(request);
        audit.record(new AuditRecord(clock.instant(), caller.map(c -> c.name().value()).orElse(null),
                caller.map(Caller::tokenName).orElse(null), method, path, response.getStatus(), requestId(request)));
    }

    private static String requestId(ContainerRequestContext request) {
        return request.getProperty(RequestLog.HEADER) instanceof String id ? id : "-";
    }
}
