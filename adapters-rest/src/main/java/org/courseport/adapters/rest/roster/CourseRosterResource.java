package org.courseport.adapters.rest.roster;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.StatusDocument;
import org.courseport.application.roster.CreateCourse;
import org.courseport.application.roster.ListMemberCourses;
import org.courseport.domain.roster.CourseInfo;
import org.courseport.domain.roster.CourseName;
import org.courseport.domain.roster.NewCourse;

/**
 * Every course as MarkUs's current API lists and makes them. Its client calls {@code /api/courses},
 * which {@code RequestRewriting} brings here: {@code /api/v1/courses} stays the list of OLX courses.
 */
@Path("api/v1/course_roster")
@Produces(MediaType.APPLICATION_JSON)
public final class CourseRosterResource {
    private final ListMemberCourses listCourses;
    private final CreateCourse createCourse;

    public CourseRosterResource(ListMemberCourses listCourses, CreateCourse createCourse) {
        this.listCourses = listCourses;
        this.createCourse = createCourse;
    }

    @GET
    public List<Map<String, Object>> list(@Context ContainerRequestContext request) {
        return listCourses.list(Authentication.caller(request)).stream().map(RosterShapes::course).toList();
    }

    /** MarkUs answers 200 here, not 201; its client reads {@code False} as a hidden course, this reads it as false. */
    @POST
    @Accepts({"name", "display_name", "is_hidden"})
    public Response create(@Context ContainerRequestContext request) {
        Params params = Params.of(request);
        CourseInfo created = createCourse.create(Authentication.caller(request), new NewCourse(
                new CourseName(params.required("name")), params.get("display_name"),
                params.optionalBoolean("is_hidden").orElse(false)));
        return StatusDocument.of(Response.Status.OK, created.id().value());
    }
}
