package org.courseport.adapters.rest.marking;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.application.marking.AnnotateResults;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.marking.Annotation;
import org.courseport.domain.marking.AnnotationKind;

/**
 * The annotations of one group's result, in MarkUs's shape. MarkUs's client asks for every group's as
 * {@code groups/None/annotations} (its {@code group_id=None}), which MarkUs answers 404; here that is
 * every group, as {@code groups/annotations} ({@link AssignmentAnnotationsResource}) is.
 */
@Path("api/v1/courses/{course: [0-9]+}/assignments/{assignment}/groups/{group: [0-9]+|None}/annotations")
@Produces(MediaType.APPLICATION_JSON)
public final class GroupAnnotationsResource {
    private final AnnotateResults annotations;

    public GroupAnnotationsResource(AnnotateResults annotations) {
        this.annotations = annotations;
    }

    @GET
    public List<Map<String, Object>> list(@Context ContainerRequestContext request, @PathParam("course") String course,
                                          @PathParam("assignment") String assignment, @PathParam("group") String group) {
        Optional<GroupId> one = group.equals("None") ? Optional.empty() : Optional.of(GroupId.parse(group));
        return shapes(annotations.list(Authentication.caller(request), CourseId.parse(course),
                AssignmentId.parse(assignment), one));
    }

    /** Every field MarkUs lists, null where the annotation's kind has none. */
    static List<Map<String, Object>> shapes(List<Annotation> annotations) {
        return annotations.stream().map(a -> {
            Map<String, Object> shape = new LinkedHashMap<>();
            shape.put("id", a.id());
            shape.put("type", a.location().kind().wireName());
            shape.put("content", a.content());
            shape.put("filename", a.path().fileName());
            String path = a.path().value();
            shape.put("path", path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "");
            shape.put("group_id", a.group().value());
            shape.put("category", a.category().orElse(null));
            shape.put("creator_id", a.creator().value());
            shape.put("content_creator_id", a.creator().value());
            for (String field : AnnotationKind.LOCATION_FIELDS) {
                shape.put(field, a.location().get(field));
            }
            return shape;
        }).toList();
    }
}
