package org.courseport.adapters.rest.server;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.courseport.adapters.rest.audit.AuditResource;
import org.courseport.adapters.rest.audit.AuditTrail;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.auth.ScopeCheck;
import org.courseport.adapters.rest.auth.RequestAuthenticator;
import org.courseport.adapters.rest.auth.TokenAuthenticator;
import org.courseport.adapters.rest.course.CoursesResource;
import org.courseport.adapters.rest.course.ImportResource;
import org.courseport.adapters.rest.docs.DocsResource;
import org.courseport.adapters.rest.docs.OpenApiResource;
import org.courseport.adapters.rest.grading.AssignmentStarterGroupsResource;
import org.courseport.adapters.rest.grading.AssignmentsResource;
import org.courseport.adapters.rest.grading.CourseAssignmentsResource;
import org.courseport.adapters.rest.grading.CourseFeedbackFilesResource;
import org.courseport.adapters.rest.grading.CourseTestRunsResource;
import org.courseport.adapters.rest.grading.CourseGroupResource;
import org.courseport.adapters.rest.grading.GroupsResource;
import org.courseport.adapters.rest.grading.StarterFileGroupResource;
import org.courseport.adapters.rest.gradeentry.CourseGradeEntryFormsResource;
import org.courseport.adapters.rest.grading.TestResultShortcutResource;
import org.courseport.adapters.rest.grading.TestResultsResource;
import org.courseport.adapters.rest.marking.AssignmentAnnotationsResource;
import org.courseport.adapters.rest.marking.CourseCriteriaResource;
import org.courseport.adapters.rest.marking.CourseMarkingResource;
import org.courseport.adapters.rest.marking.GradesSummaryResource;
import org.courseport.adapters.rest.marking.GroupAnnotationsResource;
import org.courseport.adapters.rest.error.ProblemJson;
import org.courseport.adapters.rest.error.ProblemMapper;
import org.courseport.adapters.rest.http.ParameterBodyTypes;
import org.courseport.adapters.rest.http.ParameterReader;
import org.courseport.adapters.rest.http.RequestLog;
import org.courseport.adapters.rest.http.RequestRewriting;
import org.courseport.adapters.rest.limit.RateLimiting;
import org.courseport.adapters.rest.representation.RepresentationWriter;
import org.courseport.adapters.rest.source.CourseSourcesResource;
import org.courseport.adapters.rest.source.WebhookResource;
import org.courseport.adapters.rest.roster.CourseMembersResource;
import org.courseport.adapters.rest.roster.CourseRosterResource;
import org.courseport.adapters.rest.user.TokensResource;
import org.courseport.adapters.rest.user.UsersResource;
import org.courseport.application.embedding.Courseport;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;

/**
 * Courseport's REST adapter as one registration: the resources, the filters, the writers and the
 * error mapping. A Jersey application, Courseport's own server or a host's, mounts all of it with
 * one call:
 * <pre>{@code
 * resourceConfig.register(CourseportFeature.of(courseport).authenticator(hostAuthentication).build());
 * }</pre>
 * The routes are {@code api/v1/...} relative to the application's base path, so a host chooses
 * the prefix with its own base path or servlet mapping (e.g. {@code /lms/robots/api/v1/users}).
 * Courseport's filters act only on its own paths ({@code api/...}, {@code health}); its exception
 * mapper is one for {@code Throwable}, so a host's mappers for narrower types keep winning for theirs.
 */
public final class CourseportFeature implements Feature {
    public static final long DEFAULT_MAX_SUBMISSION_FILE_BYTES = 1L << 30;
    private final RequestAuthenticator authenticator;
    private final UploadLimits uploadLimits;
    private final List<Object> resources;
    private final RateLimiting rateLimiting;
    private final AuditTrail auditTrail;

    /**
     * The adapter over resources built elsewhere (resource instances, and {@link Feature}s they
     * need), for a hand-picked set of routes; {@link #of} gives all of them. Every route reads its
     * parameters the same way, multipart included, so the body limits are not optional.
     */
    public CourseportFeature(RequestAuthenticator authenticator, UploadLimits uploadLimits, List<Object> resources,
                             RateLimiting rateLimiting, AuditTrail auditTrail) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.uploadLimits = Objects.requireNonNull(uploadLimits, "uploadLimits");
        this.resources = List.copyOf(resources);
        this.rateLimiting = Objects.requireNonNull(rateLimiting, "rateLimiting");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
    }

    /** Every route of the API over the use cases of {@code courseport}, authenticated by its tokens unless told otherwise. */
    public static Builder of(Courseport courseport) {
        return new Builder(courseport);
    }

    /**
     * The reads a server may answer beside Jersey ({@link HotReads}): one user or one assignment by id,
     * when callers are authenticated by Courseport's own tokens (a host's authentication needs Jersey's request).
     */
    public Optional<HotReads> hotReads() {
        if (!(authenticator instanceof TokenAuthenticator tokens)) {
            return Optional.empty();
        }
        List<HotReads.Route> routes = new ArrayList<>();
        for (Object resource : resources) {
            if (resource instanceof UsersResource users) {
                routes.add(new HotReads.Route(Pattern.compile("api/v1/users/([^/]+)"), (caller, id) -> users.one(caller, id.group(1))));
            } else if (resource instanceof AssignmentsResource assignments) {
                routes.add(new HotReads.Route(Pattern.compile("api/v1/assignments/([^/]+)"),
                        (caller, id) -> assignments.one(caller, id.group(1))));
            }
        }
        return Optional.of(new HotReads(tokens, rateLimiting, routes));
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(RequestLog.class);
        context.register(RequestRewriting.class);
        context.register(ParameterBodyTypes.class);
        context.register(new Authentication(authenticator, rateLimiting::chargeAnonymous));
        context.register(ScopeCheck.class);
        context.register(rateLimiting);
        context.register(auditTrail);
        context.register(uploadLimits);
        context.register(ParameterReader.class);
        context.register(ProblemMapper.class);
        context.register(RepresentationWriter.class);
        context.register(JacksonFeature.withoutExceptionMappers());
        context.register(new ProblemJson());
        for (Object resource : resources) {
            if (resource instanceof Feature feature) {
                context.register(feature);
            } else {
                context.register(resource.getClass());
            }
        }
        context.register(new InstanceBinder(resources.stream().filter(r -> !(r instanceof Feature)).toList()));
        return true;
    }

    /**
     * Hands Jersey the instances built outside it. Registering an instance alone would work but
     * warns; HK2's guice bridge would build a second one per request.
     */
    private static final class InstanceBinder extends AbstractBinder {
        private final List<Object> resources;

        InstanceBinder(List<Object> resources) {
            this.resources = resources;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected void configure() {
            for (Object resource : resources) {
                bind(resource).to((Class) resource.getClass());
            }
        }
    }

    /** Assembles the adapter from the facade: the part a host configures. */
    public static final class Builder {

        private final Courseport courseport;
        private RequestAuthenticator authenticator;
        private Path uploadSpool = Path.of(System.getProperty("java.io.tmpdir"));
        private long maxSubmissionFileBytes = DEFAULT_MAX_SUBMISSION_FILE_BYTES;
        private final List<Object> extraResources = new ArrayList<>();

        private Builder(Courseport courseport) {
            this.courseport = Objects.requireNonNull(courseport, "courseport");
        }

        /**
         * Who the callers are: the host's own authentication. Without it, Courseport's API tokens
         * ({@code Authorization: MarkUsAuth <token>}).
         */
        public Builder authenticator(RequestAuthenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
            return this;
        }

        /** Where multipart bodies are spooled while they are read: the system's temporary directory unless given. */
        public Builder uploadSpool(Path directory) {
            this.uploadSpool = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** The largest submission file accepted in one upload ({@code 413} beyond), 1 GiB unless told. */
        public Builder maxSubmissionFileBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("the submission file limit must be positive");
            }
            this.maxSubmissionFileBytes = bytes;
            return this;
        }

        /** A resource to serve beside the API (the standalone server adds its health check this way). */
        public Builder resource(Object resource) {
            extraResources.add(Objects.requireNonNull(resource, "resource"));
            return this;
        }

        public CourseportFeature build() {
            Courseport c = courseport;
            List<Object> resources = new ArrayList<>(List.of(
                    new UsersResource(c.listUsers(), c.getUser(), c.createUser(), c.updateUser(), c.deleteUser(), c.issueToken()),
                    new TokensResource(c.createToken(), c.listTokens(), c.revokeToken()),
                    new ImportResource(c.importCourse(), c.getImportJob()),
                    new CoursesResource(c.listCourses(), c.getCourse(), c.exportCourse(), c.deleteCourse()),
                    new AssignmentsResource(c.listAssignments(), c.getAssignment(), c.createAssignment(), c.updateAssignment()),
                    new GroupsResource(c.listGroups(), c.getGroup(), c.createGroup(), c.addGroupMembers(),
                            c.uploadSubmissionFile(), c.collectSubmission(), c.downloadSubmission(), c.downloadSubmissionFile()),
                    new TestResultsResource(c.listTestResults(), c.getTestResult(), c.postTestResult(), c.replaceTestResult(),
                            c.deleteTestResult()),
                    new TestResultShortcutResource(c.postTestResultByName()),
                    new CourseRosterResource(c.listMemberCourses(), c.createCourse()),
                    new CourseMembersResource(c.listRoles(), c.addRole(), c.listSections(), c.createSection()),
                    new CourseAssignmentsResource(c.enterCourse(), c.listCourseAssignments(), c.createCourseAssignment(),
                            c.listGroups(), c.createGroup(), c.listRoles(), c.manageTestSpecs(), c.manageGradeEntryForms()),
                    new CourseGroupResource(c.enterCourse(), c.getGroup(), c.listRoles(), c.uploadSubmissionFile(),
                            c.readGroupFiles(), c.editWorkingFiles(), c.collectSubmission()),
                    new CourseFeedbackFilesResource(c.enterCourse(), c.manageFeedbackFiles()),
                    new CourseTestRunsResource(c.enterCourse(), c.manageTestRuns()),
                    new AssignmentStarterGroupsResource(c.manageStarterFiles()),
                    new StarterFileGroupResource(c.manageStarterFiles()),
                    new CourseGradeEntryFormsResource(c.manageGradeEntryForms()),
                    new CourseCriteriaResource(c.manageCriteria()),
                    new CourseMarkingResource(c.markResults(), c.annotateResults()),
                    new GroupAnnotationsResource(c.annotateResults()),
                    new AssignmentAnnotationsResource(c.annotateResults()),
                    new GradesSummaryResource(c.readGradesSummary()),
                    new AuditResource(c.listAudit()),
                    new OpenApiResource(),
                    new DocsResource()));

            c.gitPublishing().ifPresent(git -> {
                var sources = git.sources();
                resources.add(new CourseSourcesResource(sources, sources, sources, sources, sources, sources));
                resources.add(new WebhookResource(git.webhooks(), git.webhooks()));
            });
            resources.addAll(extraResources);
            RequestAuthenticator chosen = authenticator != null ? authenticator : new TokenAuthenticator(c.authenticateCaller());
            return new CourseportFeature(chosen,
                    new UploadLimits(uploadSpool, c.archiveLimits().maxArchiveBytes(), maxSubmissionFileBytes), resources,
                    new RateLimiting(c.chargeRequest()), new AuditTrail(c.recordAudit(), c.clock()));
        }
    }
}
