package org.courseport.adapters.rest.marking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.DELETE;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.StatusDocument;
import org.courseport.application.marking.ManageCriteria;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.marking.Criterion;
import org.courseport.domain.marking.CriterionChanges;
import org.courseport.domain.marking.CriterionDefinition;
import org.courseport.domain.marking.CriterionKind;
import org.courseport.domain.marking.Points;
import org.courseport.domain.marking.RubricLevel;
import org.courseport.domain.text.WritableText;

/**
 * An assignment's criteria, the route MarkUs lacks (its check script POSTs {@code criteria.json} with
 * {@code {name, type, max_mark}}): listed by whoever may read the course, made, changed and deleted by
 * its instructors. A rubric's {@code levels} is a JSON list of {@code {name, description, mark}}.
 */
@Path("api/v1/courses/{course: [0-9]+}/assignments/{assignment}/criteria")
@Produces(MediaType.APPLICATION_JSON)
public final class CourseCriteriaResource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ManageCriteria criteria;

    public CourseCriteriaResource(ManageCriteria criteria) {
        this.criteria = criteria;
    }

    @Accepts({"name", "type", "max_mark", "description", "bonus", "ta_visible", "peer_visible", "levels"})
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    private @interface CriterionFields {
    }

    @GET
    public List<Map<String, Object>> list(@Context ContainerRequestContext request, @PathParam("course") String course,
                                          @PathParam("assignment") String assignment) {
        return criteria.list(Authentication.caller(request), CourseId.parse(course), AssignmentId.parse(assignment))
                .stream().map(CourseCriteriaResource::shape).toList();
    }

    @GET
    @Path("{id: [0-9]+}")
    public Map<String, Object> get(@Context ContainerRequestContext request, @PathParam("course") String course,
                                   @PathParam("assignment") String assignment, @PathParam("id") long id) {
        return shape(criteria.get(Authentication.caller(request), CourseId.parse(course), AssignmentId.parse(assignment),
                id));
    }

    @POST
    @CriterionFields
    public Response create(@Context ContainerRequestContext request, @PathParam("course") String course,
                           @PathParam("assignment") String assignment) {
        Criterion made = criteria.create(Authentication.caller(request), CourseId.parse(course),
                AssignmentId.parse(assignment), changes(Params.of(request)));
        return StatusDocument.of(Response.Status.CREATED, made.id());
    }

    @PUT
    @Path("{id: [0-9]+}")
    @CriterionFields
    public Response update(@Context ContainerRequestContext request, @PathParam("course") String course,
                           @PathParam("assignment") String assignment, @PathParam("id") long id) {
        criteria.update(Authentication.caller(request), CourseId.parse(course), AssignmentId.parse(assignment), id,
                changes(Params.of(request)));
        return StatusDocument.of(Response.Status.OK);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @Accepts
    public Response delete(@Context ContainerRequestContext request, @PathParam("course") String course,
                           @PathParam("assignment") String assignment, @PathParam("id") long id) {
        criteria.delete(Authentication.caller(request), CourseId.parse(course), AssignmentId.parse(assignment), id);
        return StatusDocument.of(Response.Status.OK);
    }

    private static CriterionChanges changes(Params params) {
        return new CriterionChanges(params.get("name"),
                params.optional("type").map(CriterionKind::parse).orElse(null),
                params.optional("max_mark").map(text -> Points.parse("max_mark", text)).orElse(null),
                params.get("description"),
                params.optionalBoolean("bonus").orElse(null),
                params.optionalBoolean("ta_visible").orElse(null),
                params.optionalBoolean("peer_visible").orElse(null),
                params.optional("levels").isPresent() ? levels(params.all("levels")) : null);
    }

    /** Each value of {@code levels} is one level's JSON object (a JSON body's list), or one JSON list of them (a form field). */
    private static List<RubricLevel> levels(List<String> texts) {
        List<RubricLevel> levels = new ArrayList<>();
        for (String text : texts) {
            JsonNode node = parse(text);
            for (JsonNode level : node.isArray() ? List.copyOf(toList(node)) : List.of(node)) {
                if (!level.isObject() || !level.path("mark").isNumber() && !level.path("mark").isTextual()) {
                    throw InvalidInput.field("levels", "each level must be an object with name, description and mark");
                }
                levels.add(new RubricLevel(level.path("name").asText(null), level.path("description").asText(""),
                        Points.parse("levels", level.path("mark").asText())));
            }
        }
        return levels;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw InvalidInput.field("levels", "must be JSON: " + WritableText.excerpt(e.getOriginalMessage()));
        }
    }

    static Map<String, Object> shape(Criterion criterion) {
        CriterionDefinition d = criterion.definition();
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", criterion.id());
        shape.put("name", d.name());
        shape.put("type", d.kind().wireName());
        shape.put("max_mark", d.maxMark());
        shape.put("description", d.description());
        shape.put("bonus", d.bonus());
        shape.put("ta_visible", d.taVisible());
        shape.put("peer_visible", d.peerVisible());
        shape.put("assessment_id", criterion.assignment().value());
        if (d.kind() == CriterionKind.RUBRIC) {
            shape.put("levels", d.levels().stream().map(level -> {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("name", level.name());
                l.put("description", level.description());
                l.put("mark", level.mark());
                return l;
            }).toList());
        }
        return shape;
    }
}
