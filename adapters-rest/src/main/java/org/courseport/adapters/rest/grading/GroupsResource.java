package org.courseport.adapters.rest.grading;

import static org.courseport.adapters.rest.http.Formats.CSV_THIRD;
import static org.courseport.adapters.rest.http.Formats.JSON_SECOND;
import static org.courseport.adapters.rest.http.Formats.XML_PREFERRED;

import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.CollectionResponse;
import org.courseport.adapters.rest.representation.Representation;
import org.courseport.application.grading.AddGroupMembers;
import org.courseport.application.grading.ArchiveDownload;
import org.courseport.application.grading.CollectSubmission;
import org.courseport.application.grading.CreateGroup;
import org.courseport.application.grading.DownloadSubmission;
import org.courseport.application.grading.DownloadSubmissionFile;
import org.courseport.application.grading.FileDownload;
import org.courseport.application.grading.GetGroup;
import org.courseport.application.grading.ListGroups;
import org.courseport.application.grading.UploadSubmissionFile;
import org.courseport.application.grading.UploadSubmissionFileCommand;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.Submission;
import org.courseport.domain.grading.SubmissionFile;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.user.UserName;

/** The routes of an assignment's groups: the groups, their members, submission files, collect and downloads. */
@Path("api/v1/assignments/{assignment}/groups")
@Produces({XML_PREFERRED, JSON_SECOND})
public final class GroupsResource {
    private final ListGroups listGroups;
    private final GetGroup getGroup;
    private final CreateGroup createGroup;
    private final AddGroupMembers addMembers;
    private final UploadSubmissionFile uploadFile;
    private final CollectSubmission collect;
    private final DownloadSubmission downloadSubmission;
    private final DownloadSubmissionFile downloadFile;

    public GroupsResource(ListGroups listGroups, GetGroup getGroup, CreateGroup createGroup, AddGroupMembers addMembers,
                          UploadSubmissionFile uploadFile, CollectSubmission collect,
                          DownloadSubmission downloadSubmission, DownloadSubmissionFile downloadFile) {
        this.listGroups = listGroups;
        this.getGroup = getGroup;
        this.createGroup = createGroup;
        this.addMembers = addMembers;
        this.uploadFile = uploadFile;
        this.collect = collect;
        this.downloadSubmission = downloadSubmission;
        this.downloadFile = downloadFile;
    }

    @GET
    @Produces({XML_PREFERRED, JSON_SECOND, CSV_THIRD})
    public Response list(@Context ContainerRequestContext request, @Context UriInfo uri,
                         @PathParam("assignment") String assignment) {
        return CollectionResponse.of(listGroups.list(Authentication.caller(request), AssignmentId.parse(assignment),
                Params.of(request).collection()), "groups", "group", GradingRepresentations::group, uri);
    }

    @POST
    @Accepts({"group_name", "members", "members[]"})
    public Response create(@Context ContainerRequestContext request, @Context UriInfo uri,
                           @PathParam("assignment") String assignment) {
        Params params = Params.of(request);
        Group created = createGroup.create(Authentication.caller(request), AssignmentId.parse(assignment),
                new GroupName(params.required("group_name")), members(params));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/assignments/{a}/groups/{g}")
                        .build(created.assignment().value(), created.id().value()))
                .entity(GradingRepresentations.group(created)).build();
    }

    @GET
    @Path("{group}")
    public Representation get(@Context ContainerRequestContext request, @PathParam("assignment") String assignment,
                              @PathParam("group") String group) {
        return GradingRepresentations.group(getGroup.get(Authentication.caller(request), AssignmentId.parse(assignment),
                GroupId.parse(group)));
    }

    @POST
    @Path("{group}/members")
    @Accepts({"members", "members[]"})
    public Representation addMembers(@Context ContainerRequestContext request, @PathParam("assignment") String assignment,
                                     @PathParam("group") String group) {
        return GradingRepresentations.group(addMembers.add(Authentication.caller(request), AssignmentId.parse(assignment),
                GroupId.parse(group), members(Params.of(request))));
    }

    /**
     * The file as the multipart field {@code file_content} (or the one file part), as the text field
     * {@code file_content}, or as the raw body of any other type; its path in {@code filename}, else the
     * name the file part came with.
     */
    @POST
    @Path("{group}/submission_files")
    @Consumes(MediaType.WILDCARD)
    @Accepts(value = "filename", content = "file_content")
    public Response upload(@Context ContainerRequestContext request, @PathParam("assignment") String assignment,
                           @PathParam("group") String group, InputStream body) {
        Params params = Params.of(request);
        SubmissionPath path = new SubmissionPath(params.fileName("filename").orElse(null));
        SubmissionFile file = uploadFile.upload(Authentication.caller(request), new UploadSubmissionFileCommand(
                AssignmentId.parse(assignment), GroupId.parse(group), path, params.contentOr(body)));
        return Response.status(Response.Status.CREATED).entity(GradingRepresentations.file(file)).build();
    }

    @POST
    @Path("{group}/collect")
    @Accepts
    public Response collect(@Context ContainerRequestContext request, @Context UriInfo uri,
                            @PathParam("assignment") String assignment, @PathParam("group") String group) {
        Submission submission = collect.collect(Authentication.caller(request), AssignmentId.parse(assignment),
                GroupId.parse(group));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/assignments/{a}/groups/{g}/submission_downloads")
                        .build(assignment, group))
                .entity(GradingRepresentations.submission(submission)).build();
    }

    /**
     * The collected submission as a zip, or with {@code filename} one file of it. Everything is looked
     * up and checked before the response starts: once bytes are out the status cannot change.
     */
    @GET
    @Path("{group}/submission_downloads")
    @Produces(MediaType.WILDCARD)
    public Response download(@Context ContainerRequestContext request, @PathParam("assignment") String assignment,
                             @PathParam("group") String group) {
        Optional<String> filename = Params.of(request).optional("filename").filter(name -> !name.isBlank());
        if (filename.isPresent()) {
            FileDownload file = downloadFile.download(Authentication.caller(request), AssignmentId.parse(assignment),
                    GroupId.parse(group), new SubmissionPath(filename.get()));
            StreamingOutput body = out -> {
                try (InputStream content = file.content()) {
                    content.transferTo(out);
                }
            };
            return Response.ok(body)
                    .header(HttpHeaders.CONTENT_TYPE, Downloads.mediaType(file.path().fileName()))
                    .header(HttpHeaders.CONTENT_LENGTH, file.size())
                    .header("Content-Disposition", Downloads.attachment(file.path().fileName()))
                    .build();
        }
        ArchiveDownload archive = downloadSubmission.download(Authentication.caller(request),
                AssignmentId.parse(assignment), GroupId.parse(group));
        StreamingOutput body = out -> archive.body().writeTo(out);
        return Response.ok(body)
                .header(HttpHeaders.CONTENT_TYPE, archive.mediaType())
                .header("Content-Disposition", Downloads.attachment(archive.fileName()))
                .build();
    }

    /** User names from {@code members} (repeated or comma-separated), or the reference API's {@code members[]}. */
    static List<UserName> members(Params params) {
        List<UserName> members = new ArrayList<>();
        for (String name : params.list("members")) {
            members.add(new UserName(name));
        }
        for (String name : params.list("members[]")) {
            members.add(new UserName(name));
        }
        return members;
    }
}
