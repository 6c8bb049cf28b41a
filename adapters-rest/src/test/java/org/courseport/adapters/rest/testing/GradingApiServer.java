package org.courseport.adapters.rest.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.courseport.adapters.rest.grading.AssignmentsResource;
import org.courseport.adapters.rest.grading.GroupsResource;
import org.courseport.adapters.rest.grading.TestResultShortcutResource;
import org.courseport.adapters.rest.grading.TestResultsResource;
import org.courseport.adapters.rest.server.UploadLimits;
import org.courseport.application.fixtures.InMemoryAssignmentStore;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.InMemoryGroupStore;
import org.courseport.application.fixtures.InMemorySubmissionStore;
import org.courseport.application.fixtures.InMemoryTestResultStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.application.grading.AssignmentService;
import org.courseport.application.grading.GradingLookups;
import org.courseport.application.grading.GroupService;
import org.courseport.application.grading.SubmissionService;
import org.courseport.application.grading.TestResultService;
import org.courseport.domain.blob.BlobStore;

/**
 * The users and grading routes on a real Grizzly server over the real use cases, with the stores in
 * memory and the JDK's zip as the bundle writer. Multipart is configured as the server does it, by
 * {@link UploadLimits}. Tokens for an admin, a TA and a student are ready.
 */
public final class GradingApiServer implements AutoCloseable {
    /** Small, so a test can go over it cheaply. */
    public static final long MAX_SUBMISSION_FILE_BYTES = 1L << 20;

    private final BlobStore blobs;
    private final Path uploads;
    private final UsersApiServer server;

    public GradingApiServer() {
        this(new InMemoryBlobStore());
    }

    /** With files kept in {@code blobs}, such as one that cannot write. */
    public GradingApiServer(BlobStore blobs) {
        this.blobs = blobs;
        try {
            uploads = Files.createTempDirectory("courseport-uploads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = new UsersApiServer(new UploadLimits(uploads, 64L << 20, MAX_SUBMISSION_FILE_BYTES), this::gradingResources);
    }

    private List<Object> gradingResources(InMemoryUserStore users) {
        Clock clock = Clock.systemUTC();
        InMemoryAssignmentStore assignmentStore = new InMemoryAssignmentStore();
        InMemoryGroupStore groupStore = new InMemoryGroupStore(users);
        InMemorySubmissionStore submissionStore = new InMemorySubmissionStore();
        GradingLookups lookups = new GradingLookups(assignmentStore, groupStore, submissionStore);
        AssignmentService assignments = new AssignmentService(assignmentStore, clock);
        GroupService groups = new GroupService(groupStore, users, lookups, clock);
        SubmissionService submissions = new SubmissionService(submissionStore, blobs, new JdkZip(blobs), lookups, clock);
        TestResultService results = new TestResultService(new InMemoryTestResultStore(), lookups, clock);
        return List.of(new AssignmentsResource(assignments, assignments, assignments, assignments),
                new GroupsResource(groups, groups, groups, groups, submissions, submissions, submissions, submissions),
                new TestResultsResource(results, results, results, results, results),
                new TestResultShortcutResource(results));
    }

    public ApiClient admin() {
        return server.admin();
    }

    public ApiClient ta() {
        return server.ta();
    }

    public ApiClient student() {
        return server.student();
    }

    @Override
    public void close() {
        server.close();
        try (Stream<Path> files = Files.walk(uploads)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
