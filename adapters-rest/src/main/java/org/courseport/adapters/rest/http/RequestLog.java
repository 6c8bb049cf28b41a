package org.courseport.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One log line per request, with a request id that is also returned as {@code X-Request-Id}.
 * Only method, path, status and time are logged: never headers, parameters or bodies, which hold secrets.
 * A host's own routes beside Courseport's are left to the host's logging.
 */
@PreMatching
@Priority(10)
public final class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "X-Request-Id";
    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String STARTED = RequestLog.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CourseportPaths.isCourseport(request) && !CourseportPaths.isHook(request)) {
            return;
        }
        String given = request.getHeaderString(HEADER);
        String id = given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setProperty(HEADER, id);
        request.setProperty(STARTED, System.nanoTime());
        MDC.put("request_id", id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(HEADER);
        if (id == null) {
            return;
        }
        response.getHeaders().putSingle(HEADER, id);
        Object started = request.getProperty(STARTED);
        long micros = started instanceof Long t ? (System.nanoTime() - t) / 1000 : -1;
        if (LOG.isInfoEnabled()) {
            LOG.info("{} {} {} {}us", request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(),
                    response.getStatus(), micros);
        }
        MDC.remove("request_id");
    }
}
