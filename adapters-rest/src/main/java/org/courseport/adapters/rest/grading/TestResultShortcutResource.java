package org.courseport.adapters.rest.grading;

import static org.courseport.adapters.rest.http.Formats.JSON_SECOND;
import static org.courseport.adapters.rest.http.Formats.XML_PREFERRED;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Params;
import org.courseport.application.grading.PostTestResultByName;
import org.courseport.application.grading.PostedTestResult;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/** The reference API's shortcut: a test result for the group named by {@code assignment} and {@code group_name}. */
@Path("api/v1/test_results")
@Produces({XML_PREFERRED, JSON_SECOND})
public final class TestResultShortcutResource {
    private final PostTestResultByName postResult;

    public TestResultShortcutResource(PostTestResultByName postResult) {
        this.postResult = postResult;
    }

    /** The fields in a form or JSON body: parameters only, so no {@code @Consumes}. */
    @POST
    public Response post(@Context ContainerRequestContext request, @Context UriInfo uri) {
        Params params = Params.of(request);
        return TestResultsResource.posted(uri, write(request, params, new TestResultFilename(params.get("filename")),
                new TestResultContent(params.required("file_content"))));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response postPart(@Context ContainerRequestContext request, @Context UriInfo uri, FormDataMultiPart multipart) {
        try {
            Params params = Params.of(request);
            TestResultUpload upload = TestResultUpload.of(multipart, params);
            return TestResultsResource.posted(uri, write(request, params, upload.filename(), upload.content()));
        } finally {
            multipart.cleanup();
        }
    }

    private PostedTestResult write(ContainerRequestContext request, Params params, TestResultFilename filename,
                                  TestResultContent content) {
        return postResult.post(Authentication.caller(request), new ShortIdentifier(params.required("assignment")),
                new GroupName(params.required("group_name")), filename, content);
    }
}
