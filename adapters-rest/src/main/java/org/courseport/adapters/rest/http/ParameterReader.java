package org.courseport.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.courseport.domain.error.LimitExceeded;

/**
 * Gathers the parameters of the query string and of a form or JSON body into {@link Params}. It runs
 * after {@code Authentication} (priority 200), so that no body is read, or even waited for, on behalf
 * of a caller who has not said who they are. Files travel as multipart or raw bodies, not read here.
 */
@PreMatching
@Priority(300)
public final class BodyParameters implements ContainerRequestFilter {
    /** Parameters in a body are small; files travel as multipart or raw bodies, which are not read here. */
    private static final int MAX_PARAMETER_BODY = 16 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!CourseportPaths.isCourseport(request)) {
            return;
        }
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query != null) {
            ParameterDecoder.form(query.getBytes(StandardCharsets.UTF_8), "the query string", params);
        }
        readBody(request, params);
        request.setProperty(Params.PROPERTY, new Params(params));
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
