package org.courseport.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.courseport.domain.error.LimitExceeded;

/**
 * Before a route is chosen: serves unversioned {@code /api/…} as v1, turns an extension on the last
 * path segment into the {@code Accept} it stands for, and gathers the parameters of the query string
 * and of a form or JSON body into {@link Params}. Jersey's own {@code UriConnegFilter} is not used
 * because it would also strip the extension of names that merely end in {@code .xml}. Only
 * Courseport's own paths are touched: a host's routes beside them keep their bodies and paths.
 */
@PreMatching
@Priority(100)
public final class RequestRewriting implements ContainerRequestFilter {
    private static final Pattern VERSIONED = Pattern.compile("api/v\\d+(/.*)?");
    /** Parameters in a body are small; files travel as multipart or raw bodies, which are not read here. */
    private static final int MAX_PARAMETER_BODY = 16 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!CourseportPaths.isCourseport(request)) {
            return;
        }
        rewritePath(request);
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query != null) {
            ParameterDecoder.form(query.getBytes(StandardCharsets.UTF_8), "the query string", params);
        }
        readBody(request, params);
        request.setProperty(Params.PROPERTY, new Params(params));
    }

    private static void rewritePath(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(false);
        String rewritten = path.startsWith("/") ? path.substring(1) : path;
        if ((rewritten.equals("api") || rewritten.startsWith("api/")) && !VERSIONED.matcher(rewritten).matches()) {
            rewritten = "api/v1" + rewritten.substring(3);
        }
        for (Map.Entry<String, String> extension : Formats.EXTENSIONS.entrySet()) {
            int slash = rewritten.lastIndexOf('/');
            String last = rewritten.substring(slash + 1);
            if (last.length() > extension.getKey().length() && last.endsWith(extension.getKey())) {
                rewritten = rewritten.substring(0, rewritten.length() - extension.getKey().length());
                request.getHeaders().putSingle(HttpHeaders.ACCEPT, extension.getValue());
                break;
            }
        }
        if (!rewritten.equals(path)) {
            URI base = request.getUriInfo().getBaseUri();
            URI uri = UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                    .replacePath(base.getRawPath() + rewritten).build();
            request.setRequestUri(base, uri);
        }
    }

    private static void readBody(ContainerRequestContext request, MultivaluedMap<String, String> params)
            throws IOException {
        MediaType type = request.getMediaType();
        if (type == null || !request.hasEntity()) {
            return;
        }
        boolean form = ParameterDecoder.isForm(type);
        boolean json = ParameterDecoder.isJson(type);
        if (!form && !json) {
            return;
        }
        byte[] body = readBounded(request.getEntityStream());
        request.setEntityStream(new ByteArrayInputStream(new byte[0]));
        if (form) {
            ParameterDecoder.form(body, "the form body", params);
        } else if (body.length > 0) {
            ParameterDecoder.json(body, params);
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_PARAMETER_BODY + 1);
        if (body.length > MAX_PARAMETER_BODY) {
            throw new LimitExceeded("a form or JSON body may be at most " + MAX_PARAMETER_BODY
                    + " bytes; send files as multipart/form-data or as a raw body");
        }
        return body;
    }
}
