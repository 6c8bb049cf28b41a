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
import java.io.InputStream;
import java.net.URI;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.http.RequestBody;
import org.courseport.adapters.rest.representation.Representation;
import org.courseport.application.course.GetImportJob;
import org.courseport.application.course.ImportCourse;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.ImportJobId;
import org.courseport.domain.course.ImportState;

/**
 * Course import: the archive as the raw body (streamed from the socket to the blob store, the main
 * path) or as the multipart field {@code course_data}, else the one file part (spooled to the data
 * directory by the parameter reader).
 */
@Path("api/v1")
@Produces({XML_PREFERRED, JSON_SECOND})
public final class ImportResource {
    private final ImportCourse importCourse;
    private final GetImportJob getImportJob;

    public ImportResource(ImportCourse importCourse, GetImportJob getImportJob) {
        this.importCourse = importCourse;
        this.getImportJob = getImportJob;
    }

    @POST
    @Path("import/" + CourseKeys.PATH)
    @Consumes({"application/gzip", "application/x-gzip", "application/x-tgz", "application/x-gtar",
            "application/x-tar+gzip", MediaType.APPLICATION_OCTET_STREAM, MediaType.MULTIPART_FORM_DATA})
    @Accepts(value = "wait", content = "course_data")
    public Response post(@Context ContainerRequestContext request, @Context UriInfo uri,
                         @PathParam("course_key") String key, InputStream body) {
        return run(request, uri, CourseKey.parse(key), body);
    }

    @PUT
    @Path("import/" + CourseKeys.PATH)
    @Consumes({"application/gzip", "application/x-gzip", "application/x-tgz", "application/x-gtar",
            "application/x-tar+gzip", MediaType.APPLICATION_OCTET_STREAM, MediaType.MULTIPART_FORM_DATA})
    @Accepts(value = "wait", content = "course_data")
    public Response put(@Context ContainerRequestContext request, @Context UriInfo uri,
                        @PathParam("course_key") String key, InputStream body) {
        return run(request, uri, CourseKey.parse(key), body);
    }

    @GET
    @Path("imports/{job_id}")
    public Representation job(@Context ContainerRequestContext request, @PathParam("job_id") String id) {
        return CourseRepresentation.from(getImportJob.get(Authentication.caller(request), ImportJobId.parse(id)));
    }

    private Response run(ContainerRequestContext request, UriInfo uri, CourseKey key, InputStream body) {
        Params params = Params.of(request);
        boolean wait = params.optionalBoolean("wait").orElse(false);
        RequestBody watched = new RequestBody(params.contentOr(body));
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
