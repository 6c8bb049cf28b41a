package org.courseport.adapters.rest.marking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.DELETE;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.StatusDocument;
import org.courseport.application.marking.AnnotateResults;
import org.courseport.application.marking.AnnotationInput;
import org.courseport.application.marking.MarkResults;
import org.courseport.application.marking.ResultRef;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.marking.AnnotationKind;
import org.courseport.domain.marking.ExtraMark;
import org.courseport.domain.marking.ExtraMarkUnit;
import org.courseport.domain.marking.Marking;
import org.courseport.domain.marking.Points;
import org.courseport.domain.text.WritableText;

/**
 * Marking one group's result as MarkUs's client does: marks by criterion name, marking state, extra
 * marks, annotations. The group's other routes ({@link org.courseport.adapters.rest.grading.CourseGroupResource})
 * share its path; Jersey serves them as one resource.
 */
@Path("api/v1/courses/{course: [0-9]+}/assignments/{assignment}/groups/{group: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public final class CourseMarkingResource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ANNOTATION_FIELDS = Set.of("filename", "content", "annotation_category_name",
            "type");
    private final MarkResults marks;
    private final AnnotateResults annotations;

    public CourseMarkingResource(MarkResults marks, AnnotateResults annotations) {
        this.marks = marks;
        this.annotations = annotations;
    }

    @Accepts({"extra_marks", "description", "unit"})
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    private @interface ExtraMarkFields {
    }

    /** A bare JSON map of criterion name to mark ({@code "nil"} unmarks); setting the same marks again changes nothing. */
    @PUT
    @Path("update_marks")
    @Accepts(anyNames = true)
    public Response updateMarks(@Context ContainerRequestContext request, @PathParam("course") String course,
                                @PathParam("assignment") String assignment, @PathParam("group") String group) {
        marks.updateMarks(Authentication.caller(request), ref(course, assignment, group), Params.of(request).all());
        return StatusDocument.of(Response.Status.OK);
    }

    @PUT
    @Path("update_marking_state")
    @Accepts("marking_state")
    public Response updateState(@Context ContainerRequestContext request, @PathParam("course") String course,
                                @PathParam("assignment") String assignment, @PathParam("group") String group) {
        marks.updateState(Authentication.caller(request), ref(course, assignment, group),
                Marking.state(Params.of(request).get("marking_state")));
        return StatusDocument.of(Response.Status.OK);
    }

    /** MarkUs answers 200 here, not 201, and its client keeps no id: duplicates are allowed. */
    @POST
    @Path("create_extra_marks")
    @ExtraMarkFields
    public Response createExtraMark(@Context ContainerRequestContext request, @PathParam("course") String course,
                                    @PathParam("assignment") String assignment, @PathParam("group") String group) {
        marks.addExtraMark(Authentication.caller(request), ref(course, assignment, group), extra(Params.of(request)));
        return StatusDocument.of(Response.Status.OK);
    }

    @DELETE
    @Path("remove_extra_marks")
    @ExtraMarkFields
    public Response removeExtraMark(@Context ContainerRequestContext request, @PathParam("course") String course,
                                    @PathParam("assignment") String assignment, @PathParam("group") String group) {
        marks.removeExtraMark(Authentication.caller(request), ref(course, assignment, group), extra(Params.of(request)));
        return StatusDocument.of(Response.Status.OK);
    }

    /** {@code annotations}: a JSON list of objects; all are stored or none. */
    @POST
    @Path("add_annotations")
    @Accepts({"annotations", "force_complete"})
    public Response addAnnotations(@Context ContainerRequestContext request, @PathParam("course") String course,
                                   @PathParam("assignment") String assignment, @PathParam("group") String group) {
        Params params = Params.of(request);
        List<AnnotationInput> inputs = new ArrayList<>();
        List<String> given = params.all("annotations");
        for (int i = 0; i < given.size(); i++) {
            inputs.add(annotation(i + 1, given.get(i)));
        }
        annotations.add(Authentication.caller(request), ref(course, assignment, group), inputs,
                params.optionalBoolean("force_complete").orElse(false));
        return StatusDocument.of(Response.Status.OK);
    }

    private static ExtraMark extra(Params params) {
        return new ExtraMark(params.get("description"), Points.parse("extra_marks", params.required("extra_marks")),
                params.optional("unit").filter(u -> !u.isBlank()).map(ExtraMarkUnit::parse).orElse(ExtraMarkUnit.POINTS));
    }

    /** One annotation object; a field it does not know, or a location that is not a whole number, refuses them all. */
    private static AnnotationInput annotation(int number, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Unprocessable("annotation " + number + " is not a JSON object");
        }
        if (node == null || !node.isObject()) {
            throw new Unprocessable("annotation " + number + " is not a JSON object");
        }
        Map<String, Long> location = new HashMap<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode value = node.get(name);
            if (AnnotationKind.LOCATION_FIELDS.contains(name)) {
                if (!value.isNull() && !value.canConvertToExactIntegral()) {
                    throw new Unprocessable("annotation " + number + ": " + name + " must be a whole number");
                }
                location.put(name, value.isNull() ? null : value.asLong());
            } else if (!ANNOTATION_FIELDS.contains(name)) {
                throw new Unprocessable("annotation " + number + ": '" + WritableText.excerpt(name)
                        + "' is not a field of an annotation");
            }
        }
        return new AnnotationInput(text(node, "filename"), text(node, "content"), text(node, "annotation_category_name"),
                text(node, "type"), location);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static ResultRef ref(String course, String assignment, String group) {
        return new ResultRef(CourseId.parse(course), AssignmentId.parse(assignment), GroupId.parse(group));
    }
}
