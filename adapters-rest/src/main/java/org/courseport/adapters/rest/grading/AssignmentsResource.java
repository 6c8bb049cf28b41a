package org.courseport.adapters.rest.grading;

import static org.courseport.adapters.rest.http.Formats.CSV_THIRD;
import static org.courseport.adapters.rest.http.Formats.JSON_SECOND;
import static org.courseport.adapters.rest.http.Formats.XML_PREFERRED;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.CollectionResponse;
import org.courseport.adapters.rest.representation.Representation;
import org.courseport.application.grading.CreateAssignment;
import org.courseport.application.grading.GetAssignment;
import org.courseport.application.grading.ListAssignments;
import org.courseport.application.grading.UpdateAssignment;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentEdit;
import org.courseport.domain.grading.AssignmentId;

/** The assignments routes. */
@Path("api/v1/assignments")
@Produces({XML_PREFERRED, JSON_SECOND})
public final class AssignmentsResource {
    private final ListAssignments listAssignments;
    private final GetAssignment getAssignment;
    private final CreateAssignment createAssignment;
    private final UpdateAssignment updateAssignment;

    public AssignmentsResource(ListAssignments listAssignments, GetAssignment getAssignment,
                               CreateAssignment createAssignment, UpdateAssignment updateAssignment) {
        this.listAssignments = listAssignments;
        this.getAssignment = getAssignment;
        this.createAssignment = createAssignment;
        this.updateAssignment = updateAssignment;
    }

    @GET
    @Produces({XML_PREFERRED, JSON_SECOND, CSV_THIRD})
    public Response list(@Context ContainerRequestContext request, @Context UriInfo uri) {
        return CollectionResponse.of(listAssignments.list(Authentication.caller(request), Params.of(request).collection()),
                "assignments", "assignment", GradingRepresentations::assignment, uri);
    }

    @POST
    public Response create(@Context ContainerRequestContext request, @Context UriInfo uri) {
        Assignment created = createAssignment.create(Authentication.caller(request), edit(request));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/assignments/{id}").build(created.id().value()))
                .entity(GradingRepresentations.assignment(created)).build();
    }

    @GET
    @Path("{id}")
    public Representation get(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return GradingRepresentations.assignment(getAssignment.get(Authentication.caller(request), AssignmentId.parse(id)));
    }

    @PUT
    @Path("{id}")
    public Representation update(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return GradingRepresentations.assignment(updateAssignment.update(Authentication.caller(request),
                AssignmentId.parse(id), edit(request)));
    }

    private static AssignmentEdit edit(ContainerRequestContext request) {
        Params params = Params.of(request);
        Map<String, String> given = new HashMap<>();
        AssignmentEdit.NAMES.forEach(name -> params.optional(name).ifPresent(value -> given.put(name, value)));
        return AssignmentEdit.of(given);
    }
}
