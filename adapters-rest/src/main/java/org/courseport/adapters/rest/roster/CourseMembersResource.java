package org.courseport.adapters.rest.roster;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.StatusDocument;
import org.courseport.application.roster.AddRole;
import org.courseport.application.roster.CreateSection;
import org.courseport.application.roster.ListRoles;
import org.courseport.application.roster.ListSections;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.roster.NewRole;
import org.courseport.domain.roster.RoleType;
import org.courseport.domain.roster.SectionName;
import org.courseport.domain.user.UserName;

/**
 * A course's roles and sections. The course is a number, so that OLX course keys, which never are,
 * keep reaching {@code CoursesResource}.
 */
@Path("api/v1/courses/{course: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public final class CourseMembersResource {
    private final ListRoles listRoles;
    private final AddRole addRole;
    private final ListSections listSections;
    private final CreateSection createSection;

    public CourseMembersResource(ListRoles listRoles, AddRole addRole, ListSections listSections,
                                 CreateSection createSection) {
        this.listRoles = listRoles;
        this.addRole = addRole;
        this.listSections = listSections;
        this.createSection = createSection;
    }

    @GET
    @Path("roles")
    public List<Map<String, Object>> roles(@Context ContainerRequestContext request, @PathParam("course") String course) {
        return listRoles.roles(Authentication.caller(request), CourseId.parse(course)).stream()
                .map(RosterShapes::role).toList();
    }

    @POST
    @Path("roles")
    @Accepts({"user_name", "type", "section_name", "grace_credits", "hidden"})
    public Response addRole(@Context ContainerRequestContext request, @PathParam("course") String course) {
        Params params = Params.of(request);
        NewRole role = new NewRole(new UserName(params.required("user_name")), RoleType.parse(params.required("type")),
                params.optional("section_name").filter(name -> !name.isBlank()).map(SectionName::new),
                params.optionalInt("grace_credits").orElse(0), params.optionalBoolean("hidden").orElse(false));
        return StatusDocument.of(Response.Status.CREATED, addRole.add(Authentication.caller(request), CourseId.parse(course), role).id());
    }

    @GET
    @Path("sections")
    public List<Map<String, Object>> sections(@Context ContainerRequestContext request,
                                              @PathParam("course") String course) {
        return listSections.sections(Authentication.caller(request), CourseId.parse(course)).stream()
                .map(RosterShapes::section).toList();
    }

    /** MarkUs takes the name as {@code section[name]} (a Rails form) or {@code name} (JSON). */
    @POST
    @Path("sections")
    @Accepts({"section[name]", "name"})
    public Response createSection(@Context ContainerRequestContext request, @PathParam("course") String course) {
        Params params = Params.of(request);
        String name = Optional.ofNullable(params.get("section[name]")).orElseGet(() -> params.get("name"));
        return StatusDocument.of(Response.Status.CREATED, createSection.create(Authentication.caller(request), CourseId.parse(course),
                new SectionName(name)).id());
    }
}
