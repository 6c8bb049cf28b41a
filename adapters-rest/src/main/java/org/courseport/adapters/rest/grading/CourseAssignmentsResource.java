package org.courseport.adapters.rest.grading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.gradeentry.GradeEntryShapes;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.StatusDocument;
import org.courseport.application.grading.ArchiveDownload;
import org.courseport.application.grading.CreateCourseAssignment;
import org.courseport.application.grading.CreateGroup;
import org.courseport.application.grading.ListCourseAssignments;
import org.courseport.application.grading.ListGroups;
import org.courseport.application.grading.ManageTestSpecs;
import org.courseport.application.gradeentry.ManageGradeEntryForms;
import org.courseport.application.query.CollectionRequest;
import org.courseport.application.roster.EnterCourse;
import org.courseport.application.roster.ListRoles;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.grading.AssignmentEdit;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.TestSpecs;
import org.courseport.domain.roster.CourseAccess;
import org.courseport.domain.roster.CourseAction;
import org.courseport.domain.text.WritableText;
import org.courseport.domain.user.UserId;

/**
 * A course's assignments and their groups, as MarkUs's current API has them. Each route first enters
 * the course ({@link EnterCourse}: course, role, assignment), then acts as the role allows.
 */
@Path("api/v1/courses/{course: [0-9]+}/assignments")
@Produces(MediaType.APPLICATION_JSON)
public final class CourseAssignmentsResource {
    private static final CollectionRequest EVERY_ROW = new CollectionRequest(null, null, null, null, null);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EnterCourse enterCourse;
    private final ListCourseAssignments listAssignments;
    private final CreateCourseAssignment createAssignment;
    private final ListGroups listGroups;
    private final CreateGroup createGroup;
    private final ListRoles listRoles;
    private final ManageTestSpecs testSpecs;
    private final ManageGradeEntryForms gradeEntryForms;

    public CourseAssignmentsResource(EnterCourse enterCourse, ListCourseAssignments listAssignments,
                                     CreateCourseAssignment createAssignment, ListGroups listGroups,
                                     CreateGroup createGroup, ListRoles listRoles, ManageTestSpecs testSpecs,
                                     ManageGradeEntryForms gradeEntryForms) {
        this.enterCourse = enterCourse;
        this.listAssignments = listAssignments;
        this.createAssignment = createAssignment;
        this.listGroups = listGroups;
        this.createGroup = createGroup;
        this.listRoles = listRoles;
        this.testSpecs = testSpecs;
        this.gradeEntryForms = gradeEntryForms;
    }

    /**
     * MarkUs lists a course's marks spreadsheets too (they are assessments there), with their own columns only;
     * here they follow the assignments. Their ids are spreadsheets' ids, not assignments'.
     */
    @GET
    public List<Map<String, Object>> list(@Context ContainerRequestContext request, @PathParam("course") String course) {
        CourseAccess access = enterCourse.enter(Authentication.caller(request), CourseId.parse(course),
                CourseAction.SEE_ASSIGNMENTS);
        List<Map<String, Object>> listed = new ArrayList<>();
        listAssignments.list(access).forEach(assignment -> listed.add(MarkusShapes.assignment(assignment)));
        gradeEntryForms.listedWithAssignments(access).forEach(form -> listed.add(GradeEntryShapes.listedAsAssessment(form)));
        return listed;
    }

    @POST
    @AssignmentsResource.AssignmentAttributes
    public Response create(@Context ContainerRequestContext request, @PathParam("course") String course) {
        CourseAccess access = enterCourse.enter(Authentication.caller(request), CourseId.parse(course), CourseAction.MANAGE);
        Params params = Params.of(request);
        Map<String, String> given = new HashMap<>();
        AssignmentEdit.NAMES.forEach(name -> params.optional(name).ifPresent(value -> given.put(name, value)));
        return StatusDocument.of(Response.Status.CREATED,
                createAssignment.create(access, AssignmentEdit.of(given)).id().value());
    }

    @GET
    @Path("{assignment}/groups")
    public List<Map<String, Object>> groups(@Context ContainerRequestContext request, @PathParam("course") String course,
                                            @PathParam("assignment") String assignment) {
        CourseAccess access = enter(request, course, assignment, CourseAction.READ);
        Map<UserId, Long> roleIds = MarkusShapes.roleIds(listRoles.roles(access.caller(), access.course()));
        return MarkusShapes.withMembers(groups(access, assignment)).stream()
                .map(group -> MarkusShapes.group(group, roleIds)).toList();
    }

    @GET
    @Path("{assignment}/groups/group_ids_by_name")
    public Map<String, Long> groupIdsByName(@Context ContainerRequestContext request, @PathParam("course") String course,
                                            @PathParam("assignment") String assignment) {
        CourseAccess access = enter(request, course, assignment, CourseAction.READ);
        Map<String, Long> ids = new LinkedHashMap<>();
        groups(access, assignment).forEach(group -> ids.put(group.name().value(), group.id().value()));
        return ids;
    }

    /** MarkUs's route: {@code new_group_name} and {@code members[]}, answered 200 with the group. */
    @POST
    @Path("{assignment}/groups")
    @Accepts({"new_group_name", "members", "members[]"})
    public Map<String, Object> createGroup(@Context ContainerRequestContext request, @PathParam("course") String course,
                                           @PathParam("assignment") String assignment) {
        CourseAccess access = enter(request, course, assignment, CourseAction.MANAGE);
        Params params = Params.of(request);
        Group created = createGroup.create(access.actingCaller(), AssignmentId.parse(assignment),
                new GroupName(params.required("new_group_name")), GroupsResource.members(params));
        return MarkusShapes.createdGroup(created, access.course().value());
    }

    /** The settings as they were given, {@code {}} when none were. */
    @GET
    @Path("{assignment}/test_specs")
    public Response testSpecs(@Context ContainerRequestContext request, @PathParam("course") String course,
                              @PathParam("assignment") String assignment) {
        byte[] json = testSpecs.specs(enter(request, course, assignment, CourseAction.MANAGE),
                AssignmentId.parse(assignment)).json().getBytes(StandardCharsets.UTF_8);
        StreamingOutput body = out -> out.write(json);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * {@code specs}: a JSON object (in a JSON body) or its text. MarkUs answers 204 here, which its
     * client cannot parse; this answers its status document.
     */
    @POST
    @Path("{assignment}/update_test_specs")
    @Accepts("specs")
    public Response updateTestSpecs(@Context ContainerRequestContext request, @PathParam("course") String course,
                                    @PathParam("assignment") String assignment) {
        CourseAccess access = enter(request, course, assignment, CourseAction.MANAGE);
        testSpecs.replaceSpecs(access, AssignmentId.parse(assignment), specs(Params.of(request).required("specs")));
        return StatusDocument.of(Response.Status.OK);
    }

    /** A zip of the assignment's test files: empty, as no route uploads any. */
    @GET
    @Path("{assignment}/test_files")
    @Produces(MediaType.WILDCARD)
    public Response testFiles(@Context ContainerRequestContext request, @PathParam("course") String course,
                              @PathParam("assignment") String assignment) {
        ArchiveDownload archive = testSpecs.testFiles(enter(request, course, assignment, CourseAction.MANAGE),
                AssignmentId.parse(assignment));
        StreamingOutput body = out -> archive.body().writeTo(out);
        return Response.ok(body).header(HttpHeaders.CONTENT_TYPE, archive.mediaType()).build();
    }

    /** The text must be one JSON object: anything else is unprocessable, as MarkUs's 422. */
    private static TestSpecs specs(String text) {
        try {
            JsonNode parsed = JSON.readTree(text);
            if (parsed == null || !parsed.isObject()) {
                throw new Unprocessable("specs must be a JSON object");
            }
            return new TestSpecs(parsed.toString());
        } catch (JsonProcessingException e) {
            throw new Unprocessable("specs must be a JSON object: " + WritableText.excerpt(e.getOriginalMessage()));
        }
    }

    private CourseAccess enter(ContainerRequestContext request, String course, String assignment, CourseAction action) {
        return CourseGate.enter(enterCourse, request, course, assignment, action);
    }

    private List<Group> groups(CourseAccess access, String assignment) {
        List<Group> groups = new ArrayList<>();
        listGroups.list(access.actingCaller(), AssignmentId.parse(assignment), EVERY_ROW).listing().rows()
                .forEach(groups::add);
        return groups;
    }
}
