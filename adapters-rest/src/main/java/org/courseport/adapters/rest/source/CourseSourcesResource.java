package org.courseport.adapters.rest.source;

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
import java.net.URI;
import java.util.Optional;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.course.CourseRepresentation;
import org.courseport.adapters.rest.http.Accepts;
import org.courseport.adapters.rest.http.Params;
import org.courseport.adapters.rest.representation.NestedList;
import org.courseport.adapters.rest.representation.Representation;
import org.courseport.application.source.CreateCourseSource;
import org.courseport.application.source.CreateCourseSourceCommand;
import org.courseport.application.source.DeleteCourseSource;
import org.courseport.application.source.GetCourseSource;
import org.courseport.application.source.ListCourseSources;
import org.courseport.application.source.SyncCourseSource;
import org.courseport.application.source.UpdateCourseSource;
import org.courseport.application.source.UpdateCourseSourceCommand;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.ImportState;
import org.courseport.domain.source.BranchName;
import org.courseport.domain.source.CourseSource;
import org.courseport.domain.source.CourseSourceId;
import org.courseport.domain.source.FetchCredential;
import org.courseport.domain.source.GitProvider;
import org.courseport.domain.source.SourcePath;

/** Course sources (admin): a course's git repository, its webhook, and syncing it by hand. */
@Path("api/v1/course_sources")
@Produces({XML_PREFERRED, JSON_SECOND})
public final class CourseSourcesResource {
    private final CreateCourseSource create;
    private final ListCourseSources list;
    private final GetCourseSource get;
    private final UpdateCourseSource update;
    private final DeleteCourseSource delete;
    private final SyncCourseSource sync;

    public CourseSourcesResource(CreateCourseSource create, ListCourseSources list, GetCourseSource get,
                                 UpdateCourseSource update, DeleteCourseSource delete, SyncCourseSource sync) {
        this.create = create;
        this.list = list;
        this.get = get;
        this.update = update;
        this.delete = delete;
        this.sync = sync;
    }

    @POST
    @Accepts({"course_key", "repository_url", "branch", "path", "provider", "credential"})
    public Response create(@Context ContainerRequestContext request, @Context UriInfo uri) {
        Params params = Params.of(request);
        CourseSource created = create.create(Authentication.caller(request), new CreateCourseSourceCommand(
                CourseKey.parse(params.required("course_key")), params.required("repository_url"),
                params.optional("branch").map(BranchName::new).orElse(BranchName.MAIN),
                SourcePath.parse(params.get("path")),
                GitProvider.parse(params.required("provider")),
                params.optional("credential").filter(c -> !c.isEmpty()).map(FetchCredential::new)));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/course_sources/{id}").build(created.id().value()))
                .header("Cache-Control", "no-store")
                .entity(SourceRepresentation.withSecret(created, webhook(uri, created))).build();
    }

    @GET
    public Representation list(@Context ContainerRequestContext request, @Context UriInfo uri) {
        return Representation.of("course_sources").with("course_sources", new NestedList("course_source",
                list.list(Authentication.caller(request)).stream().map(s -> SourceRepresentation.from(s, webhook(uri, s))).toList()));
    }

    @GET
    @Path("{id}")
    public Representation get(@Context ContainerRequestContext request, @Context UriInfo uri, @PathParam("id") String id) {
        CourseSource source = get.get(Authentication.caller(request), CourseSourceId.parse(id));
        return SourceRepresentation.from(source, webhook(uri, source));
    }

    @PUT
    @Path("{id}")
    @Accepts({"branch", "path", "credential", "rotate_secret"})
    public Response update(@Context ContainerRequestContext request, @Context UriInfo uri, @PathParam("id") String id) {
        Params params = Params.of(request);
        boolean rotate = params.optionalBoolean("rotate_secret").orElse(false);
        CourseSource changed = update.update(Authentication.caller(request), new UpdateCourseSourceCommand(
                CourseSourceId.parse(id), params.optional("branch").map(BranchName::new),
                params.optional("path").map(SourcePath::parse),
                params.optional("credential").map(c -> c.isEmpty() ? Optional.<FetchCredential>empty()
                        : Optional.of(new FetchCredential(c))),
                rotate));
        URI webhook = webhook(uri, changed);
        return Response.ok(rotate ? SourceRepresentation.withSecret(changed, webhook) : SourceRepresentation.from(changed, webhook))
                .header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("{id}")
    @Accepts
    public Response delete(@Context ContainerRequestContext request, @PathParam("id") String id) {
        delete.delete(Authentication.caller(request), CourseSourceId.parse(id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/sync")
    @Accepts("wait")
    public Response sync(@Context ContainerRequestContext request, @Context UriInfo uri, @PathParam("id") String id) {
        boolean wait = Params.of(request).optionalBoolean("wait").orElse(false);
        ImportJob job = sync.sync(Authentication.caller(request), CourseSourceId.parse(id), wait);
        Response.Status status = job.state() != ImportState.SUCCEEDED || !wait ? Response.Status.ACCEPTED
                : job.newVersion() ? Response.Status.CREATED : Response.Status.OK;
        return Response.status(status).location(jobLocation(uri, job)).entity(CourseRepresentation.from(job)).build();
    }

    static URI jobLocation(UriInfo uri, ImportJob job) {
        return uri.getBaseUriBuilder().path("api/v1/imports/{id}").build(job.id().toString());
    }

    private static URI webhook(UriInfo uri, CourseSource source) {
        return uri.getBaseUriBuilder().path("hooks/git/{id}").build(source.id().value());
    }
}
