package org.courseport.adapters.rest.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.courseport.adapters.rest.auth.TokenAuthenticator;
import org.courseport.adapters.rest.course.CourseUploads;
import org.courseport.adapters.rest.grading.AssignmentsResource;
import org.courseport.adapters.rest.grading.GroupsResource;
import org.courseport.adapters.rest.grading.TestResultShortcutResource;
import org.courseport.adapters.rest.grading.TestResultsResource;
import org.courseport.adapters.rest.server.CourseportFeature;
import org.courseport.adapters.rest.server.RestServer;
import org.courseport.adapters.rest.user.UsersResource;
import org.courseport.application.auth.TokenService;
import org.courseport.application.fixtures.InMemoryAssignmentStore;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.InMemoryGroupStore;
import org.courseport.application.fixtures.InMemorySubmissionStore;
import org.courseport.application.fixtures.InMemoryTestResultStore;
import org.courseport.application.fixtures.InMemoryTokenStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.application.fixtures.TestUsers;
import org.courseport.application.grading.AssignmentService;
import org.courseport.application.grading.GradingLookups;
import org.courseport.application.grading.GroupService;
import org.courseport.application.grading.SubmissionService;
import org.courseport.application.grading.TestResultService;
import org.courseport.application.user.UserService;
import org.courseport.domain.blob.BundledFile;
import org.courseport.domain.blob.FileBundleWriter;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserType;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The users and grading routes on a real Grizzly server over the real use cases, with the stores in
 * memory and the JDK's zip as the bundle writer. Multipart is configured as the server does it, by
 * {@link CourseUploads}. Tokens for an admin, a TA and a student are ready.
 */
public final class GradingApiServer implements AutoCloseable {
    public final InMemoryUserStore users = new InMemoryUserStore();
    public final InMemoryBlobStore blobs = new InMemoryBlobStore();
    public final String adminToken;
    public final String taToken;
    public final String studentToken;
    private final TokenService tokens = new TokenService(users, new InMemoryTokenStore(users), Clock.systemUTC(),
            new SecureRandom());
    private final Path uploads;
    private final RestServer server;

    public GradingApiServer() {
        adminToken = tokens.createIfEmpty().orElseThrow().reveal();
        taToken = tokenFor("ta1", UserType.TA);
        studentToken = tokenFor("s1", UserType.STUDENT);
        Clock clock = Clock.systemUTC();
        InMemoryAssignmentStore assignmentStore = new InMemoryAssignmentStore();
        InMemoryGroupStore groupStore = new InMemoryGroupStore(users);
        InMemorySubmissionStore submissionStore = new InMemorySubmissionStore();
        GradingLookups lookups = new GradingLookups(assignmentStore, groupStore, submissionStore);
        AssignmentService assignments = new AssignmentService(assignmentStore, clock);
        GroupService groups = new GroupService(groupStore, users, lookups, clock);
        SubmissionService submissions = new SubmissionService(submissionStore, blobs, new JdkZip(), lookups, clock);
        TestResultService results = new TestResultService(new InMemoryTestResultStore(), assignmentStore, groupStore,
                lookups, clock);
        UserService userService = new UserService(users, clock);
        try {
            uploads = Files.createTempDirectory("courseport-uploads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Object> resources = List.of(new CourseUploads(uploads, 64L << 20),
                new UsersResource(userService, userService, userService, userService, userService, tokens),
                new AssignmentsResource(assignments, assignments, assignments, assignments),
                new GroupsResource(groups, groups, groups, groups, submissions, submissions, submissions, submissions),
                new TestResultsResource(results, results, results, results, results),
                new TestResultShortcutResource(results));
        server = RestServer.start("127.0.0.1", 0, new ResourceConfig().register(new CourseportFeature(new TokenAuthenticator(tokens), resources)));
    }

    private String tokenFor(String name, UserType type) {
        User user = users.create(TestUsers.newUser(name, type), Instant.now());
        return tokens.reset(user.userName()).reveal();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    public ApiClient admin() {
        return new ApiClient(base(), adminToken);
    }

    public ApiClient ta() {
        return new ApiClient(base(), taToken);
    }

    public ApiClient student() {
        return new ApiClient(base(), studentToken);
    }

    @Override
    public void close() {
        server.close();
        try (var files = Files.walk(uploads)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip from the JDK: the REST adapter cannot see the archive adapter, and needs only some zip. */
    private final class JdkZip implements FileBundleWriter {
        @Override
        public String mediaType() {
            return "application/zip";
        }

        @Override
        public void write(List<BundledFile> files, OutputStream out) throws IOException {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (BundledFile file : files) {
                zip.putNextEntry(new ZipEntry(file.path()));
                try (InputStream content = blobs.open(file.blob()).orElseThrow()) {
                    content.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.finish();
        }
    }
}
