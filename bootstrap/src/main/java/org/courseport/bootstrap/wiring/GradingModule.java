package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.time.Clock;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.persistence.grading.JdbiAssignmentStore;
import org.courseport.adapters.persistence.grading.JdbiGroupStore;
import org.courseport.adapters.persistence.grading.JdbiSubmissionStore;
import org.courseport.adapters.persistence.grading.JdbiTestResultStore;
import org.courseport.adapters.rest.grading.AssignmentsResource;
import org.courseport.adapters.rest.grading.GroupsResource;
import org.courseport.adapters.rest.grading.TestResultShortcutResource;
import org.courseport.adapters.rest.grading.TestResultsResource;
import org.courseport.application.grading.AssignmentService;
import org.courseport.application.grading.GradingLookups;
import org.courseport.application.grading.GroupService;
import org.courseport.application.grading.SubmissionService;
import org.courseport.application.grading.TestResultService;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.FileBundleWriter;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.grading.GroupStore;
import org.courseport.domain.grading.SubmissionStore;
import org.courseport.domain.grading.TestResultStore;
import org.courseport.domain.user.UserStore;

/**
 * Assignments, groups, submissions and test results: their stores, use cases and routes. File bytes
 * and zips come from {@link BlobModule}; multipart spooling is configured once, by the course uploads.
 */
public final class GradingModule extends AbstractModule {

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
    SubmissionService submissions(SubmissionStore submissions, BlobStore blobs, FileBundleWriter bundles,
                                  GradingLookups lookups, Clock clock) {
        return new SubmissionService(submissions, blobs, bundles, lookups, clock);
    }

    @Provides
    @Singleton
    TestResultService testResults(TestResultStore results, AssignmentStore assignments, GroupStore groups,
                                  GradingLookups lookups, Clock clock) {
        return new TestResultService(results, assignments, groups, lookups, clock);
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
