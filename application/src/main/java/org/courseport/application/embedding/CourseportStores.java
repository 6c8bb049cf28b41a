package org.courseport.application.embedding;

import org.courseport.domain.auth.CallerChanges;
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
import org.courseport.domain.gradeentry.GradeEntryStore;
import org.courseport.domain.marking.CriterionStore;
import org.courseport.domain.marking.MarkingStore;
import org.courseport.domain.roster.RosterStore;
import org.courseport.domain.starter.StarterFileStore;
import org.courseport.domain.testrun.TestRunStore;
import org.courseport.domain.user.UserStore;

/**
 * Everything Courseport keeps, as one bundle of outgoing ports. The persistence adapter gives one
 * on a host's {@code DataSource} ({@code org.courseport.adapters.persistence.embedding.JdbiStores});
 * a host may implement any port itself and hand it to {@link Courseport.Builder} instead.
 */
public interface CourseportStores {

    UserStore users();

    TokenStore tokens();

    CourseStore courses();

    ImportJobStore importJobs();

    AssignmentStore assignments();

    GroupStore groups();

    SubmissionStore submissions();

    TestResultStore testResults();

    /** Feedback files on collected submissions. */
    FeedbackFileStore feedbackFiles();

    /** Assignments' automated test settings. */
    TestSpecStore testSpecs();

    /** Courses' marks spreadsheets (MarkUs's grade entry forms), their items and grades. */
    GradeEntryStore gradeEntryForms();

    /** Test runs in MarkUs's current shape, beside the older file-based test results. */
    TestRunStore testRuns();

    /** Assignments' starter file groups and their entries. */
    StarterFileStore starterFiles();

    /** Assignments' marking criteria. */
    CriterionStore criteria();

    /** Results' marks, marking state, extra marks and annotations. */
    MarkingStore marking();

    /** Courses as both APIs see them, their sections and their roles. */
    RosterStore roster();

    /** The audit log of writes, imports, exports and refusals. */
    AuditStore audit();

    /** Course and submission files; a host with blob storage of its own may supply that instead. */
    CollectableBlobStore blobs();

    /** Which blobs the stores name, so that garbage collection never frees one of them. */
    BlobReferences blobReferences();

    /**
     * How processes sharing these stores tell each other of revoked tokens and changed users. A store only
     * this process uses needs nothing more than the default.
     */
    default CallerChanges callerChanges() {
        return CallerChanges.SINGLE_PROCESS;
    }
}
