package org.courseport.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
        String id = given != null && SAFE_ID.matcher(given).matches() ? given : newId();
        request.setProperty(HEADER, id);
        request.setProperty(STARTED, System.nanoTime());
        MDC.put("request_id", id);
    }

    /**
     * A random (version 4) UUID from the thread's own generator: a request id must be unique, not
     * unguessable, and {@code UUID.randomUUID()} makes every request thread take one lock.
     */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
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
