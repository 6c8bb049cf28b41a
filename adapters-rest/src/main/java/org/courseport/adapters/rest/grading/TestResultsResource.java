package org.courseport.adapters.rest.grading;

import static org.courseport.adapters.rest.http.Formats.CSV_THIRD;
import static org.courseport.adapters.rest.http.Formats.JSON_SECOND;
import static org.courseport.adapters.rest.http.Formats.XML_PREFERRED;

import jakarta.ws.rs.DELETE;
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
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.CollectionResponse;
import org.courseport.adapters.rest.representation.Representation;
import org.courseport.application.grading.DeleteTestResult;
import org.courseport.application.grading.GetTestResult;
import org.courseport.application.grading.ListTestResults;
import org.courseport.application.grading.PostTestResult;
import org.courseport.application.grading.PostTestResultCommand;
import org.courseport.application.grading.PostedTestResult;
import org.courseport.application.grading.ReplaceTestResult;
import org.courseport.application.grading.ReplaceTestResultCommand;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.TestResultFilename;
import org.courseport.domain.grading.TestResultId;

/** The test results of a group's collected submission. */
@Path("api/v1/assignments/{assignment}/groups/{group}/test_results")
@Produces({XML_PREFERRED, JSON_SECOND})
public final class TestResultsResource {
    private final ListTestResults listResults;
    private final GetTestResult getResult;
    private final PostTestResult postResult;
    private final ReplaceTestResult replaceResult;
    private final DeleteTestResult deleteResult;

    public TestResultsResource(ListTestResults listResults, GetTestResult getResult, PostTestResult postResult,
                               ReplaceTestResult replaceResult, DeleteTestResult deleteResult) {
        this.listResults = listResults;
        this.getResult = getResult;
        this.postResult = postResult;
        this.replaceResult = replaceResult;
        this.deleteResult = deleteResult;
    }

    @GET
    @Produces({XML_PREFERRED, JSON_SECOND, CSV_THIRD})
    public Response list(@Context ContainerRequestContext request, @Context UriInfo uri,
                         @PathParam("assignment") String assignment, @PathParam("group") String group) {
        return CollectionResponse.of(listResults.list(Authentication.caller(request), AssignmentId.parse(assignment),
                        GroupId.parse(group), Params.of(request).collection()),
                "test_results", "test_result", GradingRepresentations::testResult, uri);
    }

    /** {@code file_content} as text in any parameter encoding, or as a multipart file. */
    @POST
    @Accepts(value = "filename", content = "file_content")
    public Response post(@Context ContainerRequestContext request, @Context UriInfo uri,
                         @PathParam("assignment") String assignment, @PathParam("group") String group) {
        Params params = Params.of(request);
        return posted(uri, postResult.post(Authentication.caller(request), new PostTestResultCommand(
                AssignmentId.parse(assignment), GroupId.parse(group),
                new TestResultFilename(params.fileName("filename").orElse(null)), TestResultText.of(params))));
    }

    @GET
    @Path("{id}")
    public Representation get(@Context ContainerRequestContext request, @PathParam("assignment") String assignment,
                              @PathParam("group") String group, @PathParam("id") String id) {
        return GradingRepresentations.testResult(getResult.get(Authentication.caller(request),
                AssignmentId.parse(assignment), GroupId.parse(group), TestResultId.parse(id)));
    }

    @PUT
    @Path("{id}")
    @Accepts(value = "filename", content = "file_content")
    public Representation replace(@Context ContainerRequestContext request, @PathParam("assignment") String assignment,
                                  @PathParam("group") String group, @PathParam("id") String id) {
        Params params = Params.of(request);
        return GradingRepresentations.testResult(replaceResult.replace(Authentication.caller(request),
                new ReplaceTestResultCommand(AssignmentId.parse(assignment), GroupId.parse(group),
                        TestResultId.parse(id),
                        params.optional("filename").filter(name -> !name.isBlank()).map(TestResultFilename::new),
                        TestResultText.of(params))));
    }

    @DELETE
    @Path("{id}")
    @Accepts
    public Response delete(@Context ContainerRequestContext request, @PathParam("assignment") String assignment,
                           @PathParam("group") String group, @PathParam("id") String id) {
        deleteResult.delete(Authentication.caller(request), AssignmentId.parse(assignment), GroupId.parse(group),
                TestResultId.parse(id));
        return Response.noContent().build();
    }

    /** 201 with the new result's location, or 200 when it replaced the content of one of the same filename. */
    static Response posted(UriInfo uri, PostedTestResult posted) {
        Representation body = GradingRepresentations.testResult(posted.write().result());
        if (!posted.write().created()) {
            return Response.ok(body).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/assignments/{a}/groups/{g}/test_results/{id}")
                        .build(posted.assignment().value(), posted.group().value(), posted.write().result().id().value()))
                .entity(body).build();
    }
}
