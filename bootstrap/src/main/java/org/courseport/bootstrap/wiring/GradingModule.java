package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.nio.file.Path;
import java.time.Clock;
import org.courseport.adapters.archive.submission.ZipSubmissionWriter;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.persistence.grading.JdbiAssignmentStore;
import org.courseport.adapters.persistence.grading.JdbiGroupStore;
import org.courseport.adapters.persistence.grading.JdbiSubmissionStore;
import org.courseport.adapters.persistence.grading.JdbiTestResultStore;
import org.courseport.adapters.rest.grading.AssignmentsResource;
import org.courseport.adapters.rest.grading.GroupsResource;
import org.courseport.adapters.rest.grading.TestResultShortcutResource;
import org.courseport.adapters.rest.grading.TestResultsResource;
import org.courseport.adapters.rest.server.MultipartUploads;
import org.courseport.application.grading.AssignmentService;
import org.courseport.application.grading.GradingLookups;
import org.courseport.application.grading.GroupService;
import org.courseport.application.grading.SubmissionService;
import org.courseport.application.grading.TestResultService;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.grading.GroupStore;
import org.courseport.domain.grading.SubmissionArchiveWriter;
import org.courseport.domain.grading.SubmissionStore;
import org.courseport.domain.grading.TestResultStore;
import org.courseport.domain.user.UserStore;

/**
 * Assignments, groups, submissions and test results: their stores, use cases and routes. Multipart
 * uploads are spooled inside the data directory, never the system's temporary directory.
 */
public final class GradingModule extends AbstractModule {
    /** A submission file or test result upload is a file and a few fields. */
    private static final int MAX_MULTIPART_PARTS = 16;

    private final Path dataDirectory;

    public GradingModule(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @Provides
    @Singleton
    AssignmentStore assignmentStore(Database database) {
        return new JdbiAssignmentStore(database.jdbi());
    }

    @Provides
    @Singleton
    GroupStore groupStore(Database database) {
        return new JdbiGroupStore(database.jdbi());
    }

    @Provides
    @Singleton
    SubmissionStore submissionStore(Database database) {
        return new JdbiSubmissionStore(database.jdbi());
    }

    @Provides
    @Singleton
    TestResultStore testResultStore(Database database) {
        return new JdbiTestResultStore(database.jdbi());
    }

    @Provides
    @Singleton
    SubmissionArchiveWriter archives(BlobStore blobs) {
        return new ZipSubmissionWriter(blobs);
    }

    @Provides
    @Singleton
    GradingLookups lookups(AssignmentStore assignments, GroupStore groups, SubmissionStore submissions) {
        return new GradingLookups(assignments, groups, submissions);
    }

    @Provides
    @Singleton
    AssignmentService assignments(AssignmentStore assignments, Clock clock) {
        return new AssignmentService(assignments, clock);
    }

    @Provides
    @Singleton
    GroupService groups(GroupStore groups, UserStore users, GradingLookups lookups, Clock clock) {
        return new GroupService(groups, users, lookups, clock);
    }

    @Provides
    @Singleton
    SubmissionService submissions(SubmissionStore submissions, BlobStore blobs, SubmissionArchiveWriter archives,
                                  GradingLookups lookups, Clock clock) {
        return new SubmissionService(submissions, blobs, archives, lookups, clock);
    }

    @Provides
    @Singleton
    TestResultService testResults(TestResultStore results, AssignmentStore assignments, GroupStore groups,
                                  GradingLookups lookups, Clock clock) {
        return new TestResultService(results, assignments, groups, lookups, clock);
    }

    @Provides
    @Singleton
    MultipartUploads multipart() {
        return new MultipartUploads(dataDirectory.resolve("uploads"), MAX_MULTIPART_PARTS);
    }

    @ProvidesIntoSet
    @RestResources
    Object assignmentRoutes(AssignmentService assignments) {
        return new AssignmentsResource(assignments, assignments, assignments, assignments);
    }

    @ProvidesIntoSet
    @RestResources
    Object groupRoutes(GroupService groups, SubmissionService submissions) {
        return new GroupsResource(groups, groups, groups, groups, submissions, submissions, submissions, submissions);
    }

    @ProvidesIntoSet
    @RestResources
    Object testResultRoutes(TestResultService results) {
        return new TestResultsResource(results, results, results, results, results);
    }

    @ProvidesIntoSet
    @RestResources
    Object testResultShortcut(TestResultService results) {
        return new TestResultShortcutResource(results);
    }
}
