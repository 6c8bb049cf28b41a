package org.courseport.application.embedding;

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
import org.courseport.domain.roster.RosterStore;
import org.courseport.domain.starter.StarterFileStore;
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

    /** Assignments' starter file groups and their entries. */
    StarterFileStore starterFiles();

    /** Courses as both APIs see them, their sections and their roles. */
    RosterStore roster();

    /** The audit log of writes, imports, exports and refusals. */
    AuditStore audit();

    /** Course and submission files; a host with blob storage of its own may supply that instead. */
    CollectableBlobStore blobs();

    /** Which blobs the stores name, so that garbage collection never frees one of them. */
    BlobReferences blobReferences();
}
