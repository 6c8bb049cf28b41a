package org.courseport.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.courseport.domain.error.LimitExceeded;

/**
 * The one way a request's parameters are read, for every route and verb (old clients send them in the
 * body of a GET): the query string, then a form, JSON or multipart body, into {@link Params}. It runs
 * once the route is matched, so after authentication and the body slot (no body is read for a caller
 * who has not said who they are), and because what it reads depends on the route's {@link Accepts}:
 * the field that carries its content, and the parameters a write may carry. Reads stay lenient, as in
 * the reference API. Other bodies (an archive, a raw file) are left to the routes that declare them.
 */
@Priority(Priorities.ENTITY_CODER + 100)
public final class ParameterReader implements ContainerRequestFilter, ContainerResponseFilter {
    /** Parameters are small: files travel as multipart or raw bodies, which are not held in memory. */
    static final int MAX_PARAMETER_BODY = 16 * 1024 * 1024;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** A per-request proxy, as for the other {@code @Context} fields of singletons. */
    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!CourseportPaths.isCourseport(request)) {
            return;
        }
        boolean write = WRITES.contains(request.getMethod());
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (!write && query == null && request.getMediaType() == null) {
            return; // a plain read: nothing to gather, and Params.of answers no parameters
        }
        DeclaredParameters declared = DeclaredParameters.of(resource == null ? null : resource.getResourceMethod());
        MultivaluedMap<String, String> values = new MultivaluedHashMap<>();
        if (query != null) {
            ParameterDecoder.form(query.getBytes(StandardCharsets.UTF_8), "the query string", values);
        }
        // hasEntity() reads a byte, so it is asked only of a request that declares a body type
        MediaType type = request.getMediaType() != null && request.hasEntity() ? request.getMediaType() : null;
        Optional<Upload> upload = Optional.empty();
        if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            upload = MultipartForm.read(request, declared.content(), write, values);
        } else if (type != null && (ParameterDecoder.isForm(type) || ParameterDecoder.isJson(type))) {
            readSmallBody(request, type, values);
        }
        boolean parameterBody = type != null && ParameterBodyTypes.carriesParameters(type);
        Params params = new Params(values, declared.content(), upload, parameterBody);
        if (write) {
            declared.check(request.getMethod(), params.names(upload.isPresent()), type != null && !parameterBody);
        }
        request.setProperty(Params.PROPERTY, params);
    }

    /** The spooled parts of a multipart body go once the route has answered. */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultipartForm.cleanup(request);
    }

    private static void readSmallBody(ContainerRequestContext request, MediaType type,
                                      MultivaluedMap<String, String> values) throws IOException {
        byte[] body = readBounded(request.getEntityStream());
        request.setEntityStream(new ByteArrayInputStream(new byte[0]));
        if (ParameterDecoder.isForm(type)) {
            ParameterDecoder.form(body, "the form body", values);
        } else if (body.length > 0) {
            ParameterDecoder.json(body, values);
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
