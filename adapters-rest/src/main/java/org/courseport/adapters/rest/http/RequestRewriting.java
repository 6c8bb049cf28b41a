package org.courseport.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Before a route is chosen: serves unversioned {@code /api/…} as v1, turns an extension on the last
 * path segment into the {@code Accept} it stands for, and reads no body: that waits for
 * {@link ParameterReader}, after authentication. Jersey's own {@code UriConnegFilter} is not used
 * because it would also strip the extension of names that merely end in {@code .xml}. Only
 * Courseport's own paths are touched: a host's routes beside them keep their bodies and paths.
 */
@PreMatching
@Priority(100)
public final class RequestRewriting implements ContainerRequestFilter {
    private static final Pattern VERSIONED = Pattern.compile("api/v\\d+(/.*)?");
    /**
     * MarkUs's current client lists and makes courses at unversioned {@code api/courses}, where v1 lists
     * OLX courses: that one path goes to the roster of every course instead.
     */
    private static final Pattern MARKUS_COURSES = Pattern.compile("api/courses(\\.json|\\.xml|\\.csv)?");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CourseportPaths.isCourseport(request)) {
            return;
        }
        rewritePath(request);
    }

    private static void rewritePath(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(false);
        Rewritten rewritten = rewrite(path);
        rewritten.accept().ifPresent(type -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, type));
        if (!rewritten.path().equals(path)) {
            URI base = request.getUriInfo().getBaseUri();
            URI uri = UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                    .replacePath(base.getRawPath() + rewritten.path()).build();
            request.setRequestUri(base, uri);
        }
    }

    /** A path as routed: versioned, without its extension, and the type the extension asked for, if any. */
    public record Rewritten(String path, Optional<String> accept) {
    }

    /** How a path relative to the application ({@code api/…}, with or without a leading slash) is routed. */
    public static Rewritten rewrite(String path) {
        String rewritten = path.startsWith("/") ? path.substring(1) : path;
        Matcher markusCourses = MARKUS_COURSES.matcher(rewritten);
        if (markusCourses.matches()) {
            rewritten = "api/v1/course_roster" + Optional.ofNullable(markusCourses.group(1)).orElse("");
        } else if ((rewritten.equals("api") || rewritten.startsWith("api/")) && !VERSIONED.matcher(rewritten).matches()) {
            rewritten = "api/v1" + rewritten.substring(3);
        }
        for (Map.Entry<String, String> extension : Formats.EXTENSIONS.entrySet()) {
            int slash = rewritten.lastIndexOf('/');
            String last = rewritten.substring(slash + 1);
            if (last.length() > extension.getKey().length() && last.endsWith(extension.getKey())) {
                return new Rewritten(rewritten.substring(0, rewritten.length() - extension.getKey().length()),
                        Optional.of(extension.getValue()));
            }
        }
        return new Rewritten(rewritten, Optional.empty());
    }
}
