package org.courseport.adapters.rest.grading;

import static org.courseport.adapters.rest.http.Formats.JSON_SECOND;
import static org.courseport.adapters.rest.http.Formats.XML_PREFERRED;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.http.Params;
import org.courseport.application.grading.PostTestResultByName;
import org.courseport.application.grading.PostTestResultByNameCommand;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.grading.TestResultFilename;

/** The reference API's shortcut: a test result for the group named by {@code assignment} and {@code group_name}. */
@Path("api/v1/test_results")
@Produces({XML_PREFERRED, JSON_SECOND})
public final class TestResultShortcutResource {
    private final PostTestResultByName postResult;

    public TestResultShortcutResource(PostTestResultByName postResult) {
        this.postResult = postResult;
    }

    /** As the group's own test results route: {@code file_content} as text in any encoding, or as a multipart file. */
    @POST
    @Accepts(value = {"assignment", "group_name", "filename"}, content = "file_content")
    public Response post(@Context ContainerRequestContext request, @Context UriInfo uri) {
        Params params = Params.of(request);
        return TestResultsResource.posted(uri, postResult.post(Authentication.caller(request),
                new PostTestResultByNameCommand(new ShortIdentifier(params.required("assignment")),
                        new GroupName(params.required("group_name")),
                        new TestResultFilename(params.fileName("filename").orElse(null)), TestResultText.of(params))));
    }
}
