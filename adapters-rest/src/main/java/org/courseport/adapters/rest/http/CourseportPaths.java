package org.courseport.adapters.rest.http;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The paths Courseport answers, relative to the application's base. Its request filters touch only
 * these, so a host that mounts Courseport in its own application keeps its other routes as they were.
 */
public final class CourseportPaths {

    private CourseportPaths() {
    }

    /** {@code api} and everything under it: authenticated. */
    public static boolean isApi(ContainerRequestContext request) {
        String path = relative(request);
        return path.equals("api") || path.startsWith("api/");
    }

    /** {@code hooks/...}: webhooks, which prove themselves and whose raw body no filter may read. */
    public static boolean isHook(ContainerRequestContext request) {
        return relative(request).startsWith("hooks/");
    }

    /** The API and the health check. */
    public static boolean isCourseport(ContainerRequestContext request) {
        String path = relative(request);
        return isApi(request) || path.equals("health") || path.startsWith("health.");
    }

    private static String relative(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(false);
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
