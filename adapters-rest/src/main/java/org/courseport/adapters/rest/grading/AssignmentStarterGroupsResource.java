package org.courseport.adapters.rest.grading;

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
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.representation.StatusDocument;
import org.courseport.application.starter.ManageStarterFiles;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.grading.AssignmentId;

/** An assignment's starter file groups: listed, and a new one with MarkUs's defaults. */
@Path("api/v1/courses/{course: [0-9]+}/assignments/{assignment}/starter_file_groups")
@Produces(MediaType.APPLICATION_JSON)
public final class AssignmentStarterGroupsResource {
    private final ManageStarterFiles starterFiles;

    public AssignmentStarterGroupsResource(ManageStarterFiles starterFiles) {
        this.starterFiles = starterFiles;
    }

    @GET
    public List<Map<String, Object>> list(@Context ContainerRequestContext request, @PathParam("course") String course,
                                          @PathParam("assignment") String assignment) {
        return starterFiles.groups(Authentication.caller(request), CourseId.parse(course), AssignmentId.parse(assignment))
                .stream().map(MarkusShapes::starterGroup).toList();
    }

    @POST
    @Accepts
    public Response create(@Context ContainerRequestContext request, @PathParam("course") String course,
                           @PathParam("assignment") String assignment) {
        return StatusDocument.of(Response.Status.CREATED, starterFiles.create(Authentication.caller(request),
                CourseId.parse(course), AssignmentId.parse(assignment)).id());
    }
}
