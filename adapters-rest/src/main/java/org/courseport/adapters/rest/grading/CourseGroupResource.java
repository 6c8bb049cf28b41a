package org.courseport.adapters.rest.grading;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.StatusDocument;
import org.courseport.application.grading.UploadSubmissionFileCommand;
import org.courseport.application.grading.ArchiveDownload;
import org.courseport.application.grading.CollectSubmission;
import org.courseport.application.grading.EditWorkingFiles;
import org.courseport.application.grading.FileDownload;
import org.courseport.application.grading.GetGroup;
import org.courseport.application.grading.ReadGroupFiles;
import org.courseport.application.grading.UploadSubmissionFile;
import org.courseport.application.roster.EnterCourse;
import org.courseport.application.roster.ListRoles;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.roster.CourseAction;
import org.courseport.domain.user.UserId;

/**
 * One group of a course's assignment as MarkUs's current API has it: the group, its files (latest
 * or collected, folders, removals) and collecting them. The group is a number, so that
 * {@code groups/group_ids_by_name} stays with {@link CourseAssignmentsResource}.
 */
@Path("api/v1/courses/{course: [0-9]+}/assignments/{assignment}/groups/{group: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public final class CourseGroupResource {
    private final EnterCourse enterCourse;
    private final GetGroup getGroup;
    private final ListRoles listRoles;
    private final UploadSubmissionFile uploadFile;
    private final ReadGroupFiles readFiles;
    private final EditWorkingFiles editFiles;
    private final CollectSubmission collect;

    public CourseGroupResource(EnterCourse enterCourse, GetGroup getGroup, ListRoles listRoles,
                               UploadSubmissionFile uploadFile, ReadGroupFiles readFiles, EditWorkingFiles editFiles,
                               CollectSubmission collect) {
        this.enterCourse = enterCourse;
        this.getGroup = getGroup;
        this.listRoles = listRoles;
        this.uploadFile = uploadFile;
        this.readFiles = readFiles;
        this.editFiles = editFiles;
        this.collect = collect;
    }

    /** A list of the one group, empty when it has no members: MarkUs answers so. */
    @GET
    public List<Map<String, Object>> get(@Context ContainerRequestContext request, @PathParam("course") String course,
                                         @PathParam("assignment") String assignment, @PathParam("group") String group) {
        Caller caller = enter(request, course, assignment, CourseAction.READ);
        Group found = getGroup.get(caller, AssignmentId.parse(assignment), GroupId.parse(group));
        Map<UserId, Long> roleIds = MarkusShapes.roleIds(listRoles.roles(caller, CourseId.parse(course)));
        return MarkusShapes.withMembers(List.of(found)).stream().map(g -> MarkusShapes.group(g, roleIds)).toList();
    }

    /**
     * A zip of the files at its root, or with {@code filename} that file. {@code collected} with any
     * value means the collected submission (MarkUs's client sends {@code True}); absent, the latest files.
     * Everything is checked before the body starts.
     */
    @GET
    @Path("submission_files")
    @Produces(MediaType.WILDCARD)
    public Response files(@Context ContainerRequestContext request, @PathParam("course") String course,
                          @PathParam("assignment") String assignment, @PathParam("group") String group) {
        Caller caller = enter(request, course, assignment, CourseAction.READ);
        Params params = Params.of(request);
        boolean collected = params.optional("collected").isPresent();
        Optional<String> filename = params.optional("filename").filter(name -> !name.isBlank());
        if (filename.isPresent()) {
            FileDownload file = readFiles.file(caller, AssignmentId.parse(assignment), GroupId.parse(group),
                    new SubmissionPath(filename.get()), collected);
            StreamingOutput body = out -> {
                try (InputStream content = file.content()) {
                    content.transferTo(out);
                }
            };
            return Response.ok(body)
                    .header(HttpHeaders.CONTENT_TYPE, Downloads.mediaType(file.path().fileName()))
                    .header(HttpHeaders.CONTENT_LENGTH, file.size())
                    .build();
        }
        ArchiveDownload archive = readFiles.archive(caller, AssignmentId.parse(assignment), GroupId.parse(group),
                collected);
        StreamingOutput body = out -> archive.body().writeTo(out);
        return Response.ok(body)
                .header(HttpHeaders.CONTENT_TYPE, archive.mediaType())
                .header("Content-Disposition", Downloads.attachment(archive.fileName()))
                .build();
    }

    /** The client's upload: multipart {@code file_content}, the path in {@code filename} (query or field). */
    @POST
    @Path("submission_files")
    @Consumes(MediaType.WILDCARD)
    @Accepts(value = {"filename", "mime_type"}, content = "file_content") // mime_type: sent by the client, not kept
    public Response upload(@Context ContainerRequestContext request, @PathParam("course") String course,
                           @PathParam("assignment") String assignment, @PathParam("group") String group,
                           InputStream body) throws IOException {
        Caller caller = enter(request, course, assignment, CourseAction.GRADE);
        Params params = Params.of(request);
        SubmissionPath path = new SubmissionPath(params.fileName("filename").orElse(null));
        try (InputStream content = params.contentOr(body)) {
            uploadFile.upload(caller, new UploadSubmissionFileCommand(AssignmentId.parse(assignment),
                    GroupId.parse(group), path, content));
        }
        return StatusDocument.of(Response.Status.CREATED);
    }

    @POST
    @Path("submission_files/create_folders")
    @Accepts("folder_path")
    public Response createFolder(@Context ContainerRequestContext request, @PathParam("course") String course,
                                 @PathParam("assignment") String assignment, @PathParam("group") String group) {
        Caller caller = enter(request, course, assignment, CourseAction.GRADE);
        editFiles.createFolder(caller, AssignmentId.parse(assignment), GroupId.parse(group),
                new SubmissionPath(Params.of(request).required("folder_path")));
        return StatusDocument.of(Response.Status.CREATED);
    }

    @DELETE
    @Path("submission_files/remove_file")
    @Accepts("filename")
    public Response removeFile(@Context ContainerRequestContext request, @PathParam("course") String course,
                               @PathParam("assignment") String assignment, @PathParam("group") String group) {
        Caller caller = enter(request, course, assignment, CourseAction.GRADE);
        editFiles.removeFile(caller, AssignmentId.parse(assignment), GroupId.parse(group),
                new SubmissionPath(Params.of(request).required("filename")));
        return StatusDocument.of(Response.Status.OK);
    }

    @DELETE
    @Path("submission_files/remove_folder")
    @Accepts("folder_path")
    public Response removeFolder(@Context ContainerRequestContext request, @PathParam("course") String course,
                                 @PathParam("assignment") String assignment, @PathParam("group") String group) {
        Caller caller = enter(request, course, assignment, CourseAction.GRADE);
        editFiles.removeFolder(caller, AssignmentId.parse(assignment), GroupId.parse(group),
                new SubmissionPath(Params.of(request).required("folder_path")));
        return StatusDocument.of(Response.Status.OK);
    }

    /** MarkUs's options ({@code collect_current}, {@code apply_late_penalty}, …) change nothing here: files are current. */
    @POST
    @Path("collect_submission")
    @Accepts({"collect_current", "apply_late_penalty", "retain_existing_grading"}) // the client's; a collect takes what is there
    public Response collect(@Context ContainerRequestContext request, @PathParam("course") String course,
                            @PathParam("assignment") String assignment, @PathParam("group") String group) {
        Caller caller = enter(request, course, assignment, CourseAction.GRADE);
        return StatusDocument.of(Response.Status.CREATED,
                collect.collect(caller, AssignmentId.parse(assignment), GroupId.parse(group)).id().value());
    }

    /** Enters the course for the action and answers as whom to act on the grading use cases. */
    private Caller enter(ContainerRequestContext request, String course, String assignment, CourseAction action) {
        return CourseGate.enter(enterCourse, request, course, assignment, action).actingCaller();
    }
}
