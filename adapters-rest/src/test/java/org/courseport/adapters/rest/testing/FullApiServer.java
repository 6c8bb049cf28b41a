package org.courseport.adapters.rest.testing;

import java.net.URI;
import org.courseport.adapters.rest.health.HealthResource;
import org.courseport.adapters.rest.server.CourseportFeature;
import org.courseport.adapters.rest.server.RestServer;
import org.courseport.adapters.rest.server.ServerLimits;
import org.courseport.application.embedding.Courseport;
import org.courseport.application.embedding.CourseportArchives;
import org.courseport.application.fixtures.FakeCourseArchives;
import org.courseport.application.fixtures.InMemoryAssignmentStore;
import org.courseport.application.fixtures.InMemoryAuditStore;
import org.courseport.application.fixtures.FixedBlobReferences;
import org.courseport.application.source.GitSettings;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.InMemoryCourseStore;
import org.courseport.application.fixtures.InMemoryCriterionStore;
import org.courseport.application.fixtures.InMemoryFeedbackFileStore;
import org.courseport.application.fixtures.InMemoryGradeEntryStore;
import org.courseport.application.fixtures.InMemoryMarkingStore;
import org.courseport.application.fixtures.InMemoryGroupStore;
import org.courseport.application.fixtures.InMemoryImportJobStore;
import org.courseport.application.fixtures.InMemorySubmissionStore;
import org.courseport.application.fixtures.InMemoryRosterStore;
import org.courseport.application.fixtures.InMemoryStarterFileStore;
import org.courseport.application.fixtures.InMemoryTestResultStore;
import org.courseport.application.fixtures.InMemoryTestSpecStore;
import org.courseport.application.fixtures.InMemoryTestRunStore;
import org.courseport.application.fixtures.InMemoryTokenStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.FileBundleWriter;
import org.courseport.domain.course.CourseArchiveReader;
import org.courseport.domain.course.CourseArchiveWriter;
import org.courseport.domain.course.CourseOutlineReader;
import org.courseport.domain.limit.RateLimits;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Every route as {@link CourseportFeature#of} assembles it (plus the health check the standalone
 * server adds, and its reads beside Jersey), over the use cases with every store in memory and archives faked: the adapter
 * exactly as it ships, for tests about the whole route table.
 */
public final class FullApiServer implements AutoCloseable {
    private final CourseportFeature feature;
    private final String adminToken;
    private final RestServer server;
    private final Courseport courseport;

    public FullApiServer() {
        this(RateLimits.DEFAULTS);
    }

    /** With these rate limits: small ones, for tests of the limits. */
    public FullApiServer(RateLimits limits) {
        InMemoryUserStore users = new InMemoryUserStore();
        InMemoryAssignmentStore assignments = new InMemoryAssignmentStore();
        InMemoryGroupStore groups = new InMemoryGroupStore(users);
        InMemorySubmissionStore submissions = new InMemorySubmissionStore();
        InMemoryRosterStore roster = new InMemoryRosterStore(users);
        InMemoryMarkingStore marking = new InMemoryMarkingStore(assignments, groups, submissions, roster);
        courseport = Courseport.builder()
                .users(users)
                .tokens(new InMemoryTokenStore(users))
                .blobs(new InMemoryBlobStore())
                .blobReferences(FixedBlobReferences.naming()) // no garbage is collected here
                .courses(new InMemoryCourseStore())
                .importJobs(new InMemoryImportJobStore())
                .assignments(assignments)
                .groups(groups)
                .submissions(submissions)
                .testResults(new InMemoryTestResultStore())
                .roster(roster)
                .gradeEntryForms(new InMemoryGradeEntryStore(roster))
                .feedbackFiles(new InMemoryFeedbackFileStore())
                .starterFiles(new InMemoryStarterFileStore())
                .testSpecs(new InMemoryTestSpecStore())
                .testRuns(new InMemoryTestRunStore())
                .marking(marking)
                .criteria(new InMemoryCriterionStore(marking))
                .audit(new InMemoryAuditStore())
                .archives(new CourseportArchivesWithZip(FakeCourseArchives.formats()))
                .gitSources(new NoCourseSources(), fetch -> {
                    throw new IllegalStateException("the route-table test server fetches nothing");
                }, GitSettings.DEFAULTS)
                .rateLimits(limits)
                .build();
        adminToken = courseport.createFirstAdmin().createIfEmpty().orElseThrow().reveal();
        feature = CourseportFeature.of(courseport).resource(new HealthResource()).build();
        server = RestServer.start("127.0.0.1", 0, application(), ServerLimits.DEFAULTS, feature.hotReads());
    }

    /** The Jersey application this server runs, configured as the standalone server's (no WADL). */
    public ResourceConfig application() {
        return new ResourceConfig().register(feature).property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }

    /** The adapter this server mounts, for a second server over the same use cases. */
    public CourseportFeature feature() {
        return feature;
    }

    /** Writes the refusals the audit log queued, as the server's bookkeeping does every fraction of a second. */
    public void flushAudit() {
        courseport.auditLog().flush();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    public ApiClient admin() {
        return new ApiClient(base(), adminToken);
    }

    /** The admin's token itself, for tests that look for it where it must not be. */
    public String adminTokenForTests() {
        return adminToken;
    }

    public ApiClient anonymous() {
        return new ApiClient(base(), null);
    }

    @Override
    public void close() {
        server.close();
    }

    /** {@link FakeCourseArchives} for every course archive format; bundles (submissions, starter files) are real zips. */
    private record CourseportArchivesWithZip(CourseportArchives fake) implements CourseportArchives {
        @Override
        public CourseArchiveReader courseReader(BlobStore blobs) {
            return fake.courseReader(blobs);
        }

        @Override
        public CourseOutlineReader outlineReader(BlobStore blobs) {
            return fake.outlineReader(blobs);
        }

        @Override
        public CourseArchiveWriter courseWriter(BlobStore blobs) {
            return fake.courseWriter(blobs);
        }

        @Override
        public FileBundleWriter bundleWriter(BlobStore blobs) {
            return new JdkZip(blobs);
        }
    }
}
