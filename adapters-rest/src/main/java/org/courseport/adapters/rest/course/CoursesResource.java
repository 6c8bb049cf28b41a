package org.courseport.adapters.rest.course;

import static org.courseport.adapters.rest.http.Formats.CSV_THIRD;
import static org.courseport.adapters.rest.http.Formats.JSON_SECOND;
import static org.courseport.adapters.rest.http.Formats.XML_PREFERRED;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.OptionalInt;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.CollectionResponse;
import org.courseport.adapters.rest.representation.Representation;
import org.courseport.application.course.CourseExport;
import org.courseport.application.course.DeleteCourse;
import org.courseport.application.course.ExportCourse;
import org.courseport.application.course.GetCourse;
import org.courseport.application.course.ListCourses;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.error.InvalidInput;

/** The course routes: the list, one course with its history and outline, its export, and its removal. */
@Path("api/v1")
@Produces({XML_PREFERRED, JSON_SECOND})
public final class CoursesResource {
    private final ListCourses listCourses;
    private final GetCourse getCourse;
    private final ExportCourse exportCourse;
    private final DeleteCourse deleteCourse;

    public CoursesResource(ListCourses listCourses, GetCourse getCourse, ExportCourse exportCourse, DeleteCourse deleteCourse) {
        this.listCourses = listCourses;
        this.getCourse = getCourse;
        this.exportCourse = exportCourse;
        this.deleteCourse = deleteCourse;
    }

    @GET
    @Path("courses")
    @Produces({XML_PREFERRED, JSON_SECOND, CSV_THIRD})
    public Response list(@Context ContainerRequestContext request, @Context UriInfo uri) {
        return CollectionResponse.of(listCourses.list(Authentication.caller(request), Params.of(request).collection()),
                "courses", "course", CourseRepresentation::from, uri);
    }

    @GET
    @Path("courses/" + CourseKeys.PATH)
    public Representation get(@Context ContainerRequestContext request, @PathParam("course_key") String key) {
        CourseKey course = CourseKey.parse(key);
        Optional<Integer> depth = Params.of(request).optionalInt("depth");
        if (depth.isPresent() && depth.get() < 0) {
            throw InvalidInput.field("depth", "must be 0 or more, not " + depth.get());
        }
        return CourseRepresentation.from(getCourse.get(Authentication.caller(request), course), depth);
    }

    @DELETE
    @Path("courses/" + CourseKeys.PATH)
    @Accepts
    public Response delete(@Context ContainerRequestContext request, @PathParam("course_key") String key) {
        deleteCourse.delete(Authentication.caller(request), CourseKey.parse(key));
        return Response.noContent().build();
    }

    /**
     * The archive streams straight to the socket. Everything that can fail with a status (the caller,
     * the course, the version) is settled before the first byte, which cannot be taken back.
     */
    @GET
    @Path("export/" + CourseKeys.PATH)
    @Produces({"application/x-tgz", "application/gzip"})
    public Response export(@Context ContainerRequestContext request, @Context Request conditions,
                           @PathParam("course_key") String key) {
        CourseKey course = CourseKey.parse(key);
        OptionalInt version = Params.of(request).optionalInt("version").map(v -> {
            if (v < 1) {
                throw InvalidInput.field("version", "must be 1 or more, not " + v);
            }
            return OptionalInt.of(v);
        }).orElse(OptionalInt.empty());
        CourseExport export = exportCourse.export(Authentication.caller(request), course, version);
        EntityTag tag = new EntityTag(export.entityTag());
        Response.ResponseBuilder unchanged = conditions.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        StreamingOutput body = export.body()::writeTo;
        return Response.ok(body)
                .tag(tag)
                .header("Content-Disposition", "attachment; filename=\"" + CourseKeys.fileName(course, export.version().number()) + "\"")
                .header("X-Course-Version", export.version().number())
                .build();
    }
}
