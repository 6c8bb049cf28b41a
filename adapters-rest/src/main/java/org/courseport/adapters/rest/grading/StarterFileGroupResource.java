package org.courseport.adapters.rest.grading;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.Map;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.StatusDocument;
import org.courseport.application.grading.ArchiveDownload;
import org.courseport.application.starter.ManageStarterFiles;
import org.courseport.application.starter.StarterGroupRef;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.starter.StarterFileGroupChanges;

/** One starter file group, named under its course as MarkUs names it, with its files and folders. */
@Path("api/v1/courses/{course: [0-9]+}/starter_file_groups/{group: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public final class StarterFileGroupResource {
    private final ManageStarterFiles starterFiles;

    public StarterFileGroupResource(ManageStarterFiles starterFiles) {
        this.starterFiles = starterFiles;
    }

    @GET
    public Map<String, Object> get(@Context ContainerRequestContext request, @PathParam("course") String course,
                                   @PathParam("group") long group) {
        return MarkusShapes.starterGroup(starterFiles.group(Authentication.caller(request), ref(course, group)));
    }

    /** {@code use_rename} is read as a boolean in any case: MarkUs reads its client's {@code False} as true. */
    @PUT
    @Accepts({"name", "entry_rename", "use_rename"})
    public Response update(@Context ContainerRequestContext request, @PathParam("course") String course,
                           @PathParam("group") long group) {
        Params params = Params.of(request);
        starterFiles.update(Authentication.caller(request), ref(course, group), new StarterFileGroupChanges(
                params.optional("name"), params.optional("entry_rename"), params.optionalBoolean("use_rename")));
        return StatusDocument.of(Response.Status.OK);
    }

    @DELETE
    @Accepts
    public Response delete(@Context ContainerRequestContext request, @PathParam("course") String course,
                           @PathParam("group") long group) {
        starterFiles.delete(Authentication.caller(request), ref(course, group));
        return StatusDocument.of(Response.Status.OK);
    }

    /** Paths relative to the group, files and folders alike. */
    @GET
    @Path("entries")
    public List<String> entries(@Context ContainerRequestContext request, @PathParam("course") String course,
                                @PathParam("group") long group) {
        return starterFiles.entries(Authentication.caller(request), ref(course, group)).stream()
                .map(entry -> entry.path().value()).toList();
    }

    @POST
    @Path("create_file")
    @Consumes(MediaType.WILDCARD)
    @Accepts(value = "filename", content = "file_content")
    public Response createFile(@Context ContainerRequestContext request, @PathParam("course") String course,
                               @PathParam("group") long group, InputStream body) throws IOException {
        Params params = Params.of(request);
        String filename = params.fileName("filename").orElseThrow(() -> InvalidInput.field("filename", "is required"));
        try (InputStream content = params.contentOr(body)) {
            starterFiles.createFile(Authentication.caller(request), ref(course, group), new SubmissionPath(filename),
                    content);
        }
        return StatusDocument.of(Response.Status.CREATED);
    }

    @POST
    @Path("create_folder")
    @Accepts("folder_path")
    public Response createFolder(@Context ContainerRequestContext request, @PathParam("course") String course,
                                 @PathParam("group") long group) {
        starterFiles.createFolder(Authentication.caller(request), ref(course, group),
                new SubmissionPath(Params.of(request).required("folder_path")));
        return StatusDocument.of(Response.Status.CREATED);
    }

    @DELETE
    @Path("remove_file")
    @Accepts("filename")
    public Response removeFile(@Context ContainerRequestContext request, @PathParam("course") String course,
                               @PathParam("group") long group) {
        starterFiles.removeFile(Authentication.caller(request), ref(course, group),
                new SubmissionPath(Params.of(request).required("filename")));
        return StatusDocument.of(Response.Status.OK);
    }

    @DELETE
    @Path("remove_folder")
    @Accepts("folder_path")
    public Response removeFolder(@Context ContainerRequestContext request, @PathParam("course") String course,
                                 @PathParam("group") long group) {
        starterFiles.removeFolder(Authentication.caller(request), ref(course, group),
                new SubmissionPath(Params.of(request).required("folder_path")));
        return StatusDocument.of(Response.Status.OK);
    }

    @GET
    @Path("download_entries")
    @Produces(MediaType.WILDCARD)
    public Response download(@Context ContainerRequestContext request, @PathParam("course") String course,
                             @PathParam("group") long group) {
        ArchiveDownload archive = starterFiles.download(Authentication.caller(request), ref(course, group));
        StreamingOutput body = out -> archive.body().writeTo(out);
        return Response.ok(body).header(HttpHeaders.CONTENT_TYPE, archive.mediaType())
                .header("Content-Disposition", Downloads.attachment(archive.fileName())).build();
    }

    private static StarterGroupRef ref(String course, long group) {
        return new StarterGroupRef(CourseId.parse(course), group);
    }
}
