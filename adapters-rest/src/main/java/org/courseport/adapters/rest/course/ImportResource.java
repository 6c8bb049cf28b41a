package org.courseport.adapters.rest.course;

import static org.courseport.adapters.rest.http.Formats.JSON_SECOND;
import static org.courseport.adapters.rest.http.Formats.XML_PREFERRED;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.http.RequestBody;
import org.courseport.adapters.rest.representation.Representation;
import org.courseport.application.course.GetImportJob;
import org.courseport.application.course.ImportCourse;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.ImportJobId;
import org.courseport.domain.course.ImportState;
import org.courseport.domain.error.InvalidInput;
import org.glassfish.jersey.media.multipart.BodyPart;
import org.glassfish.jersey.media.multipart.BodyPartEntity;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * Course import: the archive as the raw body (streamed from the socket to the blob store, the main
 * path) or as a multipart file field (which Jersey has already spooled to the data directory).
 */
@Path("api/v1")
@Produces({XML_PREFERRED, JSON_SECOND})
public final class ImportResource {
    /** The multipart field the reference tools send; any single file field is taken too. */
    private static final String FIELD = "course_data";

    private final ImportCourse importCourse;
    private final GetImportJob getImportJob;

    public ImportResource(ImportCourse importCourse, GetImportJob getImportJob) {
        this.importCourse = importCourse;
        this.getImportJob = getImportJob;
    }

    @POST
    @Path("import/" + CourseKeys.PATH)
    @Consumes({"application/gzip", "application/x-gzip", "application/x-tgz", "application/x-gtar",
            "application/x-tar+gzip", MediaType.APPLICATION_OCTET_STREAM})
    public Response post(@Context ContainerRequestContext request, @Context UriInfo uri,
                         @PathParam("course_key") String key, InputStream body) {
        return run(request, uri, CourseKey.parse(key), body);
    }

    @PUT
    @Path("import/" + CourseKeys.PATH)
    @Consumes({"application/gzip", "application/x-gzip", "application/x-tgz", "application/x-gtar",
            "application/x-tar+gzip", MediaType.APPLICATION_OCTET_STREAM})
    public Response put(@Context ContainerRequestContext request, @Context UriInfo uri,
                        @PathParam("course_key") String key, InputStream body) {
        return run(request, uri, CourseKey.parse(key), body);
    }

    @POST
    @Path("import/" + CourseKeys.PATH)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response postForm(@Context ContainerRequestContext request, @Context UriInfo uri,
                             @PathParam("course_key") String key, FormDataMultiPart form) {
        return runForm(request, uri, CourseKey.parse(key), form);
    }

    @PUT
    @Path("import/" + CourseKeys.PATH)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response putForm(@Context ContainerRequestContext request, @Context UriInfo uri,
                            @PathParam("course_key") String key, FormDataMultiPart form) {
        return runForm(request, uri, CourseKey.parse(key), form);
    }

    @GET
    @Path("imports/{job_id}")
    public Representation job(@Context ContainerRequestContext request, @PathParam("job_id") String id) {
        return CourseRepresentation.from(getImportJob.get(Authentication.caller(request), ImportJobId.parse(id)));
    }

    private Response runForm(ContainerRequestContext request, UriInfo uri, CourseKey key, FormDataMultiPart form) {
        try (form) {
            BodyPart file = file(form);
            try (InputStream body = ((BodyPartEntity) file.getEntity()).getInputStream()) {
                return run(request, uri, key, body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            form.cleanup();
        }
    }

    /** {@code course_data} if given, else the one part that is a file. */
    private static BodyPart file(FormDataMultiPart form) {
        FormDataBodyPart named = form.getField(FIELD);
        if (named != null) {
            return named;
        }
        List<BodyPart> files = form.getBodyParts().stream()
                .filter(part -> part instanceof FormDataBodyPart field && field.getContentDisposition() != null
                        && field.getContentDisposition().getFileName() != null)
                .toList();
        if (files.size() != 1) {
            throw InvalidInput.field(FIELD, files.isEmpty()
                    ? "is required: send the archive as the file field course_data, or as the raw body"
                    : "send one archive; the form holds " + files.size() + " files");
        }
        return files.get(0);
    }

    private Response run(ContainerRequestContext request, UriInfo uri, CourseKey key, InputStream body) {
        boolean wait = Params.of(request).optionalBoolean("wait").orElse(false);
        RequestBody watched = new RequestBody(body);
        ImportJob job;
        try {
            job = importCourse.importCourse(Authentication.caller(request), key, watched, wait);
        } catch (RuntimeException e) {
            watched.rethrowFailure();
            throw e;
        }
        watched.rethrowFailure();
        URI location = uri.getBaseUriBuilder().path("api/v1/imports/{id}").build(job.id().toString());
        Response.Status status = job.state() != ImportState.SUCCEEDED || !wait ? Response.Status.ACCEPTED
                : job.newVersion() ? Response.Status.CREATED : Response.Status.OK;
        return Response.status(status).location(location).entity(CourseRepresentation.from(job)).build();
    }
}
