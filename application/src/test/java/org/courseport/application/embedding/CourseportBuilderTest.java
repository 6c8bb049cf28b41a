package org.courseport.application.embedding;

import static org.courseport.application.fixtures.TestUsers.ADMIN;
import static org.courseport.application.fixtures.TestUsers.newUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.courseport.application.fixtures.FakeCourseArchives;
import org.courseport.application.fixtures.InMemoryAssignmentStore;
import org.courseport.application.fixtures.InMemoryAuditStore;
import org.courseport.application.fixtures.FixedBlobReferences;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.InMemoryCourseStore;
import org.courseport.application.fixtures.InMemoryCriterionStore;
import org.courseport.application.fixtures.InMemoryFeedbackFileStore;
import org.courseport.application.fixtures.InMemoryMarkingStore;
import org.courseport.domain.marking.CriterionStore;
import org.courseport.domain.marking.MarkingStore;
import org.courseport.application.fixtures.InMemoryGroupStore;
import org.courseport.application.fixtures.InMemoryImportJobStore;
import org.courseport.application.fixtures.InMemorySubmissionStore;
import org.courseport.application.fixtures.InMemoryRosterStore;
import org.courseport.application.fixtures.InMemoryGradeEntryStore;
import org.courseport.application.fixtures.InMemoryStarterFileStore;
import org.courseport.application.fixtures.InMemoryTestResultStore;
import org.courseport.application.fixtures.InMemoryTestSpecStore;
import org.courseport.application.fixtures.InMemoryTestRunStore;
import org.courseport.application.fixtures.InMemoryTokenStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.domain.audit.AuditStore;
import org.courseport.domain.auth.TokenStore;
import org.courseport.domain.blob.BlobReferences;
import org.courseport.domain.blob.CollectableBlobStore;
import org.courseport.domain.course.CourseStore;
import org.courseport.domain.course.ImportJobStore;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.grading.FeedbackFileStore;
import org.courseport.domain.grading.GroupStore;
import org.courseport.domain.grading.SubmissionStore;
import org.courseport.domain.grading.TestResultStore;
import org.courseport.domain.grading.TestSpecStore;
import org.courseport.domain.testrun.TestRunStore;
import org.courseport.domain.roster.RosterStore;
import org.courseport.domain.gradeentry.GradeEntryStore;
import org.courseport.domain.starter.StarterFileStore;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserStore;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

/** The facade takes every port from the bundle or on its own, and names a missing one. */
class CourseportBuilderTest {
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final Stores stores = new Stores(users);

    @Test
    void theStoresBundleGivesEveryPort() {
        Courseport courseport = Courseport.builder().stores(stores).archives(FakeCourseArchives.formats()).build();
        courseport.createUser().create(ADMIN, newUser("tess", UserType.TA));
        assertTrue(users.findByName(new UserName("tess")).isPresent());
    }

    @Test
    void aPortGivenOnItsOwnWinsOverTheBundleWhicheverCameFirst() {
        InMemoryUserStore hostUsers = new InMemoryUserStore();
        Courseport courseport = Courseport.builder().users(hostUsers).stores(stores).archives(FakeCourseArchives.formats()).build();
        // An admin: a TA would also get a role in the default course, which the bundle's roster keeps for its own users.
        courseport.createUser().create(ADMIN, newUser("tess", UserType.ADMIN));
        assertTrue(hostUsers.findByName(new UserName("tess")).isPresent());
        assertTrue(users.findByName(new UserName("tess")).isEmpty());
    }

    @Test
    void aMissingPortIsNamed() {
        IllegalStateException noTokens = assertThrows(IllegalStateException.class,
                () -> Courseport.builder().users(users).archives(FakeCourseArchives.formats()).build());
        assertTrue(noTokens.getMessage().contains("tokens"), noTokens.getMessage());
        IllegalStateException noArchives = assertThrows(IllegalStateException.class,
                () -> Courseport.builder().stores(stores).build());
        assertEquals("Courseport needs the archive formats: call archives(...)", noArchives.getMessage());
    }

    /** What a host with stores of its own would hand over. */
    private static final class Stores implements CourseportStores {
        private final InMemoryUserStore users;
        private final InMemoryTokenStore tokens;
        private final InMemoryBlobStore blobs = new InMemoryBlobStore();
        private final InMemoryCourseStore courses = new InMemoryCourseStore();
        private final InMemoryImportJobStore importJobs = new InMemoryImportJobStore();
        private final InMemoryAssignmentStore assignments = new InMemoryAssignmentStore();
        private final InMemoryGroupStore groups;
        private final InMemorySubmissionStore submissions = new InMemorySubmissionStore();
        private final InMemoryTestResultStore testResults = new InMemoryTestResultStore();
        private final InMemoryRosterStore roster;
        private final InMemoryFeedbackFileStore feedbackFiles = new InMemoryFeedbackFileStore();
        private final InMemoryStarterFileStore starterFiles = new InMemoryStarterFileStore();
        private final InMemoryTestSpecStore testSpecs = new InMemoryTestSpecStore();
        private final InMemoryGradeEntryStore gradeEntryForms;
        private final InMemoryTestRunStore testRuns = new InMemoryTestRunStore();
        private final InMemoryMarkingStore marking;
        private final InMemoryCriterionStore criteria;
        private final InMemoryAuditStore audit = new InMemoryAuditStore();

        Stores(InMemoryUserStore users) {
            this.users = users;
            this.roster = new InMemoryRosterStore(users);
            this.gradeEntryForms = new InMemoryGradeEntryStore(roster);
            this.tokens = new InMemoryTokenStore(users);
            this.groups = new InMemoryGroupStore(users);
            this.marking = new InMemoryMarkingStore(assignments, groups, submissions, roster);
            this.criteria = new InMemoryCriterionStore(marking);
        }

        @Override
        public CriterionStore criteria() {
            return criteria;
        }

        @Override
        public MarkingStore marking() {
            return marking;
        }

        @Override
        public UserStore users() {
            return users;
        }

        @Override
        public TokenStore tokens() {
            return tokens;
        }

        @Override
        public CourseStore courses() {
            return courses;
        }

        @Override
        public ImportJobStore importJobs() {
            return importJobs;
        }

        @Override
        public AssignmentStore assignments() {
            return assignments;
        }

        @Override
        public GroupStore groups() {
            return groups;
        }

        @Override
        public SubmissionStore submissions() {
            return submissions;
        }

        @Override
        public TestResultStore testResults() {
            return testResults;
        }

        @Override
        public TestSpecStore testSpecs() {
            return testSpecs;
        }

        @Override
        public GradeEntryStore gradeEntryForms() {
            return gradeEntryForms;
        }

        @Override
        public TestRunStore testRuns() {
            return testRuns;
        }

        @Override
        public StarterFileStore starterFiles() {
            return starterFiles;
        }

        @Override
        public FeedbackFileStore feedbackFiles() {
            return feedbackFiles;
        }

        @Override
        public RosterStore roster() {
            return roster;
        }

        @Override
        public AuditStore audit() {
            return audit;
        }

        @Override
        public CollectableBlobStore blobs() {
            return blobs;
        }

        @Override
        public BlobReferences blobReferences() {
            return FixedBlobReferences.naming();
        }
    }
}
