package org.courseport.adapters.rest.grading;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.StatusDocument;
import org.courseport.application.grading.FeedbackUpload;
import org.courseport.application.grading.GroupRef;
import org.courseport.application.grading.ManageFeedbackFiles;
import org.courseport.application.grading.OpenedFeedbackFile;
import org.courseport.application.roster.EnterCourse;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.FeedbackFile;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.roster.CourseAction;

/**
 * A group's feedback files as MarkUs's current API has them; its client uploads one as multipart
 * {@code file_content} with {@code filename} and {@code mime_type} in the query, and replaces one by
 * PUT after finding it in the list.
 */
@Path("api/v1/courses/{course: [0-9]+}/assignments/{assignment}/groups/{group: [0-9]+}/feedback_files")
@Produces(MediaType.APPLICATION_JSON)
public final class CourseFeedbackFilesResource {
    private final EnterCourse enterCourse;
    private final ManageFeedbackFiles feedbackFiles;

    public CourseFeedbackFilesResource(EnterCourse enterCourse, ManageFeedbackFiles feedbackFiles) {
        this.enterCourse = enterCourse;
        this.feedbackFiles = feedbackFiles;
    }

    @GET
    public List<Map<String, Object>> list(@Context ContainerRequestContext request, @PathParam("course") String course,
                                          @PathParam("assignment") String assignment, @PathParam("group") String group) {
        return feedbackFiles.list(caller(request, course, assignment), ref(assignment, group)).stream()
                .map(CourseFeedbackFilesResource::shape).toList();
    }

    /** The bytes with the media type they were stored with. */
    @GET
    @Path("{id: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    public Response get(@Context ContainerRequestContext request, @PathParam("course") String course,
                        @PathParam("assignment") String assignment, @PathParam("group") String group,
                        @PathParam("id") long id) {
        OpenedFeedbackFile file = feedbackFiles.open(caller(request, course, assignment), ref(assignment, group), id);
        StreamingOutput body = out -> {
            try (InputStream content = file.content()) {
                content.transferTo(out);
            }
        };
        return Response.ok(body).header(HttpHeaders.CONTENT_TYPE, file.file().mimeType())
                .header(HttpHeaders.CONTENT_LENGTH, file.file().blob().size()).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Accepts(value = {"filename", "mime_type"}, content = "file_content")
    public Response upload(@Context ContainerRequestContext request, @PathParam("course") String course,
                           @PathParam("assignment") String assignment, @PathParam("group") String group,
                           InputStream body) throws IOException {
        Caller caller = caller(request, course, assignment);
        FeedbackFile made = withUpload(request, body, upload -> feedbackFiles.upload(caller, ref(assignment, group),
                upload));
        return StatusDocument.of(Response.Status.CREATED, made.id());
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.WILDCARD)
    @Accepts(value = {"filename", "mime_type"}, content = "file_content")
    public Response replace(@Context ContainerRequestContext request, @PathParam("course") String course,
                            @PathParam("assignment") String assignment, @PathParam("group") String group,
                            @PathParam("id") long id, InputStream body) throws IOException {
        Caller caller = caller(request, course, assignment);
        withUpload(request, body, upload -> feedbackFiles.replace(caller, ref(assignment, group), id, upload));
        return StatusDocument.of(Response.Status.OK);
    }

    private interface UploadAction {
        FeedbackFile apply(FeedbackUpload upload);
    }

    private static FeedbackFile withUpload(ContainerRequestContext request, InputStream body,
                                           UploadAction action) throws IOException {
        Params params = Params.of(request);
        String filename = params.fileName("filename").orElseThrow(() -> InvalidInput.field("filename", "is required"));
        String mimeType = params.optional("mime_type").filter(type -> !type.isBlank()).orElse(null);
        try (InputStream content = params.contentOr(body)) {
            return action.apply(new FeedbackUpload(new SubmissionPath(filename), mimeType, content));
        }
    }

    private Caller caller(ContainerRequestContext request, String course, String assignment) {
        return CourseGate.enter(enterCourse, request, course, assignment, CourseAction.GRADE).actingCaller();
    }

    private static GroupRef ref(String assignment, String group) {
        return new GroupRef(AssignmentId.parse(assignment), GroupId.parse(group));
    }

    private static Map<String, Object> shape(FeedbackFile file) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", file.id());
        shape.put("filename", file.filename().value());
        return shape;
    }
}
