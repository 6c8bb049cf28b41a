package org.courseport.adapters.rest.marking;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.application.marking.AnnotateResults;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.grading.AssignmentId;

/** The annotations of every group's result of an assignment, as MarkUs's {@code groups/annotations}. */
@Path("api/v1/courses/{course: [0-9]+}/assignments/{assignment}/groups/annotations")
@Produces(MediaType.APPLICATION_JSON)
public final class AssignmentAnnotationsResource {
    private final AnnotateResults annotations;

    public AssignmentAnnotationsResource(AnnotateResults annotations) {
        this.annotations = annotations;
    }

    @GET
    public List<Map<String, Object>> list(@Context ContainerRequestContext request, @PathParam("course") String course,
                                          @PathParam("assignment") String assignment) {
        return GroupAnnotationsResource.shapes(annotations.list(Authentication.caller(request), CourseId.parse(course),
                AssignmentId.parse(assignment), Optional.empty()));
    }
}
