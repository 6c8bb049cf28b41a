package org.courseport.adapters.rest.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Pattern;

/**
 * The paths Courseport answers, relative to the application's base. Its request filters touch only
 * these, so a host that mounts Courseport in its own application keeps its other routes as they were.
 */
public final class CourseportPaths {
    /**
     * The API's description and the page showing it, with or without version and extension (the
     * filters may see the path before or after rewriting). An asset name starts with a letter or
     * digit, so no {@code ..} slips through.
     */
    private static final Pattern DOCUMENTATION =
            Pattern.compile("api(/v1)?/(openapi(\\.json|\\.yaml)?|docs/?|docs/[A-Za-z0-9][A-Za-z0-9._-]*)");

    private CourseportPaths() {
    }

    /** {@code api} and everything under it but its documentation: authenticated. */
    public static boolean isApi(ContainerRequestContext request) {
        String path = relative(request);
        return (path.equals("api") || path.startsWith("api/")) && !DOCUMENTATION.matcher(path).matches();
    }

    /** {@code hooks/...}: webhooks, which prove themselves and whose raw body no filter may read. */
    public static boolean isHook(ContainerRequestContext request) {
        return relative(request).startsWith("hooks/");
    }

    /** The API, its documentation and the health check. */
    public static boolean isCourseport(ContainerRequestContext request) {
        String path = relative(request);
        return path.equals("api") || path.startsWith("api/") || path.equals("health") || path.startsWith("health.");
    }

    private static String relative(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(false);
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
