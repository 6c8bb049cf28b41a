package org.courseport.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.List;

/**
 * A route that declares no {@code @Consumes} reads parameters only, so its body must be one that
 * carries them: form, multipart or JSON. Any other ({@code application/xml}) is a {@code 415} rather
 * than a body silently ignored and its fields reported missing. Routes that take a raw body (an
 * archive, a submission file) declare the types they take and are left to Jersey's own matching.
 */
@Priority(Priorities.ENTITY_CODER)
public final class ParameterBodyTypes implements ContainerRequestFilter {
    /** The encodings the contract allows for parameters, in the order a 415 names them. */
    public static final List<String> PARAMETER_TYPES = List.of(MediaType.APPLICATION_FORM_URLENCODED,
            MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON);

    /** A per-request proxy, as for the other {@code @Context} fields of singletons. */
    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || resource == null || !request.hasEntity() || !CourseportPaths.isCourseport(request)) {
            return; // most requests stop here, before the per-request look-up of the resource method
        }
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(Consumes.class)
                || resource.getResourceClass().isAnnotationPresent(Consumes.class)) {
            return;
        }
        if (!carriesParameters(type)) {
            throw new NotSupportedException();
        }
    }

    /** Whether a body of this type is read as parameters (and file parts) rather than taken raw. */
    static boolean carriesParameters(MediaType type) {
        return ParameterDecoder.isForm(type) || ParameterDecoder.isJson(type)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
    }
}
