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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.http.Params;
import org.courseport.application.grading.GroupRef;
import org.courseport.application.grading.ManageTestRuns;
import org.courseport.application.grading.ManageTestRuns.GroupTestResults;
import org.courseport.application.roster.EnterCourse;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.roster.CourseAction;
import org.courseport.domain.testrun.TestCase;
import org.courseport.domain.testrun.TestGroupRun;
import org.courseport.domain.testrun.TestRun;

/**
 * A group's test runs as MarkUs's current API has them (its {@code groups#test_results}, {@code #test_runs} and
 * {@code #add_test_run}), beside the older file-based test results, which stay as they were.
 */
@Path("api/v1/courses/{course: [0-9]+}/assignments/{assignment}/groups/{group: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public final class CourseTestRunsResource {
    private final EnterCourse enterCourse;
    private final ManageTestRuns testRuns;

    public CourseTestRunsResource(EnterCourse enterCourse, ManageTestRuns testRuns) {
        this.enterCourse = enterCourse;
        this.testRuns = testRuns;
    }

    /** The latest run's tests, keyed by their test group's name, each row as MarkUs's summary gives it. */
    @GET
    @Path("test_results")
    public Map<String, List<Map<String, Object>>> testResults(@Context ContainerRequestContext request,
                                                              @PathParam("course") String course,
                                                              @PathParam("assignment") String assignment,
                                                              @PathParam("group") String group) {
        GroupTestResults latest = testRuns.latestResults(caller(request, course, assignment, CourseAction.READ),
                ref(assignment, group));
        Map<String, List<Map<String, Object>>> byGroup = new LinkedHashMap<>();
        for (TestGroupRun run : latest.run().groups()) {
            for (TestCase test : run.tests()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", run.name());
                row.put("test_groups_id", run.testGroupId().isPresent() ? run.testGroupId().getAsLong() : null);
                row.put("group_name", latest.group().value());
                row.put("test_result_name", test.name());
                row.put("status", test.status().wireName());
                row.put("marks_earned", test.marksEarned());
                row.put("marks_total", test.marksTotal());
                row.put("output", test.output());
                row.put("extra_info", run.extraInfo().orElse(null));
                row.put("error_type", run.errorType().orElse(null));
                byGroup.computeIfAbsent(run.name(), name -> new ArrayList<>()).add(row);
            }
        }
        return byGroup;
    }

    /** Every run, oldest first, with its test group results (null when it has none, as MarkUs answers). */
    @GET
    @Path("test_runs")
    public List<Map<String, Object>> testRuns(@Context ContainerRequestContext request, @PathParam("course") String course,
                                              @PathParam("assignment") String assignment,
                                              @PathParam("group") String group) {
        return testRuns.runs(caller(request, course, assignment, CourseAction.READ), ref(assignment, group)).stream()
                .map(CourseTestRunsResource::run).toList();
    }

    /** {@code test_results}: the tester's report, a JSON object (in a JSON body) or its text. */
    @POST
    @Path("add_test_run")
    @Accepts("test_results")
    public Response addTestRun(@Context ContainerRequestContext request, @PathParam("course") String course,
                               @PathParam("assignment") String assignment, @PathParam("group") String group) {
        Caller caller = caller(request, course, assignment, CourseAction.GRADE);
        TestRun run = testRuns.add(caller, ref(assignment, group),
                TestRunReports.parse(Params.of(request).required("test_results")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "success");
        body.put("test_run_id", run.id());
        return Response.status(Response.Status.CREATED).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Map<String, Object> run(TestRun run) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", run.id());
        shape.put("status", run.status().wireName());
        shape.put("problems", run.problems().orElse(null));
        shape.put("created_at", run.createdAt().toString());
        shape.put("updated_at", run.createdAt().toString());
        shape.put("grouping_id", run.group().value());
        shape.put("submission_id", run.submission().value());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (TestGroupRun group : run.groups()) {
            groups.add(group(run, group));
        }
        shape.put("test_group_results", groups.isEmpty() ? null : groups);
        return shape;
    }

    /** MarkUs's keys for a test group result, with its tests and feedback files, which MarkUs shows elsewhere. */
    private static Map<String, Object> group(TestRun run, TestGroupRun group) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("test_group_id", group.testGroupId().isPresent() ? group.testGroupId().getAsLong() : null);
        shape.put("test_run_id", run.id());
        shape.put("name", group.name());
        shape.put("marks_earned", group.marksEarned());
        shape.put("marks_total", group.marksTotal());
        shape.put("time", group.time());
        shape.put("extra_info", group.extraInfo().orElse(null));
        shape.put("error_type", group.errorType().orElse(null));
        shape.put("created_at", run.createdAt().toString());
        shape.put("updated_at", run.createdAt().toString());
        List<Map<String, Object>> tests = new ArrayList<>();
        for (TestCase test : group.tests()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", test.name());
            row.put("status", test.status().wireName());
            row.put("marks_earned", test.marksEarned());
            row.put("marks_total", test.marksTotal());
            row.put("output", test.output());
            row.put("time", test.time().isPresent() ? test.time().getAsLong() : null);
            tests.add(row);
        }
        shape.put("tests", tests);
        shape.put("feedback_files", group.feedback().stream().map(file -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("filename", file.filename());
            row.put("mime_type", file.mimeType());
            row.put("size", file.blob().size());
            return row;
        }).toList());
        return shape;
    }

    private Caller caller(ContainerRequestContext request, String course, String assignment, CourseAction action) {
        return CourseGate.enter(enterCourse, request, course, assignment, action).actingCaller();
    }

    private static GroupRef ref(String assignment, String group) {
        return new GroupRef(AssignmentId.parse(assignment), GroupId.parse(group));
    }
}
