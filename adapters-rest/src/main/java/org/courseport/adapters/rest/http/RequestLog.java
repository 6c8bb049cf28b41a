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
    /** The request's id in the logging context, so that every line logged while it is served carries it. */
    public static final String MDC_KEY = "request_id";
    private static final String STARTED = RequestLog.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CourseportPaths.isCourseport(request) && !CourseportPaths.isHook(request)) {
            return;
        }
        String id = requestId(request.getHeaderString(HEADER));
        request.setProperty(HEADER, id);
        request.setProperty(STARTED, System.nanoTime());
        MDC.put(MDC_KEY, id);
    }

    /** The id a request goes by: the caller's own {@code X-Request-Id} if it is a safe one, else a new one. */
    public static String requestId(String given) {
        return given != null && SAFE_ID.matcher(given).matches() ? given : newId();
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
        answered(request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(), response.getStatus(),
                started instanceof Long t ? t : null);
        MDC.remove(MDC_KEY);
    }

    /** The request's log line; {@code startedNanos} is its {@link System#nanoTime()} on arrival, if known. */
    public static void answered(String method, String rawPath, int status, Long startedNanos) {
        if (LOG.isInfoEnabled()) {
            LOG.info("{} {} {} {}us", method, rawPath, status, startedNanos == null ? -1 : (System.nanoTime() - startedNanos) / 1000);
        }
    }
}
