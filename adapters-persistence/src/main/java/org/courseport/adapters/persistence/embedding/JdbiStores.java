package org.courseport.adapters.persistence.embedding;

import java.time.Clock;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.courseport.adapters.persistence.audit.JdbiAuditStore;
import org.courseport.adapters.persistence.auth.JdbiTokenStore;
import org.courseport.adapters.persistence.blob.JdbiBlobReferences;
import org.courseport.adapters.persistence.blob.JdbiBlobStore;
import org.courseport.adapters.persistence.course.JdbiCourseStore;
import org.courseport.adapters.persistence.course.JdbiImportJobStore;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.persistence.database.SchemaDataSource;
import org.courseport.adapters.persistence.grading.JdbiAssignmentStore;
import org.courseport.adapters.persistence.grading.JdbiFeedbackFileStore;
import org.courseport.adapters.persistence.marking.JdbiCriterionStore;
import org.courseport.adapters.persistence.marking.JdbiMarkingStore;
import org.courseport.adapters.persistence.grading.JdbiGroupStore;
import org.courseport.adapters.persistence.grading.JdbiSubmissionStore;
import org.courseport.adapters.persistence.grading.JdbiTestResultStore;
import org.courseport.adapters.persistence.grading.JdbiTestSpecStore;
import org.courseport.adapters.persistence.gradeentry.JdbiGradeEntryStore;
import org.courseport.adapters.persistence.testrun.JdbiTestRunStore;
import org.courseport.adapters.persistence.roster.JdbiRosterStore;
import org.courseport.adapters.persistence.starter.JdbiStarterFileStore;
import org.courseport.adapters.persistence.user.JdbiUserStore;
import org.courseport.application.embedding.CourseportStores;
import org.courseport.domain.audit.AuditStore;
import org.courseport.domain.auth.TokenStore;
import org.courseport.domain.course.CourseStore;
import org.courseport.domain.course.ImportJobStore;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.grading.GroupStore;
import org.courseport.domain.grading.SubmissionStore;
import org.courseport.domain.grading.TestResultStore;
import org.courseport.domain.user.UserStore;
import org.courseport.adapters.persistence.auth.PostgresCallerChanges;
import org.courseport.domain.auth.CallerChanges;
import org.jdbi.v3.core.Jdbi;

/**
 * Courseport's stores on JDBI, H2 (in PostgreSQL mode) or PostgreSQL. For a host, {@link #migrate}
 * puts Courseport's tables in a schema of the host's database and gives the stores on it; the
 * standalone server uses {@link #on} on the database it migrated itself. A host's import jobs name no
 * node: they run in the host's process, which no Courseport node watches.
 */
public final class JdbiStores implements CourseportStores {
    /** Lowercase, so that the name is the same quoted or not on both databases. */
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final JdbiUserStore users;
    private final JdbiTokenStore tokens;
    private final JdbiBlobStore blobs;
    private final JdbiCourseStore courses;
    private final JdbiImportJobStore importJobs;
    private final JdbiAssignmentStore assignments;
    private final JdbiGroupStore groups;
    private final JdbiSubmissionStore submissions;
    private final JdbiTestResultStore testResults;
    private final JdbiBlobReferences blobReferences;
    private final JdbiRosterStore roster;
    private final JdbiFeedbackFileStore feedbackFiles;
    private final JdbiCriterionStore criteria;
    private final JdbiMarkingStore marking;
    private final JdbiStarterFileStore starterFiles;
    private final JdbiGradeEntryStore gradeEntryForms;
    private final JdbiTestSpecStore testSpecs;
    private final JdbiTestRunStore testRuns;
    private final CallerChanges callerChanges;
    private final JdbiAuditStore audit;

    private JdbiStores(Jdbi jdbi, Clock clock, String nodeId) {
        this.users = new JdbiUserStore(jdbi);
        this.tokens = new JdbiTokenStore(jdbi);
        this.blobs = new JdbiBlobStore(jdbi, clock);
        this.courses = new JdbiCourseStore(jdbi);
        this.importJobs = new JdbiImportJobStore(jdbi, nodeId);
        this.assignments = new JdbiAssignmentStore(jdbi);
        this.groups = new JdbiGroupStore(jdbi);
        this.submissions = new JdbiSubmissionStore(jdbi);
        this.testResults = new JdbiTestResultStore(jdbi);
        this.blobReferences = new JdbiBlobReferences(jdbi);
        this.roster = new JdbiRosterStore(jdbi);
        this.feedbackFiles = new JdbiFeedbackFileStore(jdbi);
        this.criteria = new JdbiCriterionStore(jdbi);
        this.marking = new JdbiMarkingStore(jdbi);
        this.starterFiles = new JdbiStarterFileStore(jdbi);
        this.gradeEntryForms = new JdbiGradeEntryStore(jdbi);
        this.testSpecs = new JdbiTestSpecStore(jdbi);
        this.audit = new JdbiAuditStore(jdbi);
        this.testRuns = new JdbiTestRunStore(jdbi);
        this.callerChanges = isPostgres(jdbi) ? new PostgresCallerChanges(jdbi) : CallerChanges.SINGLE_PROCESS;
    }

    private static boolean isPostgres(Jdbi jdbi) {
        try {
            return jdbi.withHandle(h -> h.getConnection().getMetaData().getDatabaseProductName()).equals("PostgreSQL");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot tell which database the stores are on", e);
        }
    }

    /**
     * Creates {@code schema} in the host's database if it is missing, runs Courseport's migrations
     * there, and returns the stores, whose connections use that schema and give it back to the host's
     * pool as they found it. The host keeps owning (and closes) its {@code DataSource}.
     *
     * @param hostDataSource the host's database: PostgreSQL, or H2 in {@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE}
     * @param schema         where Courseport's tables go: lowercase letters, digits and {@code _}, e.g. {@code courseport}
     * @param clock          the time stamped on stored blobs
     */
    public static JdbiStores migrate(DataSource hostDataSource, String schema, Clock clock) {
        Objects.requireNonNull(hostDataSource, "hostDataSource");
        if (schema == null || !SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("a schema name is lowercase letters, digits and _, at most 63: " + schema);
        }
        Database.migrate(hostDataSource, schema);
        return new JdbiStores(Jdbi.create(new SchemaDataSource(hostDataSource, schema)), Objects.requireNonNull(clock, "clock"),
                null);
    }

    /**
     * The stores on an already migrated database, for a node of Courseport's own cluster: its import
     * jobs name {@code nodeId}, so that the other nodes fail them should this one die.
     */
    public static JdbiStores on(Jdbi jdbi, Clock clock, String nodeId) {
        return new JdbiStores(Objects.requireNonNull(jdbi, "jdbi"), Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(nodeId, "nodeId"));
    }

    @Override
    public AuditStore audit() {
        return audit;
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
    public JdbiTestSpecStore testSpecs() {
        return testSpecs;
    }

    @Override
    public JdbiGradeEntryStore gradeEntryForms() {
        return gradeEntryForms;
    }

    @Override
    public JdbiTestRunStore testRuns() {
        return testRuns;
    }

    @Override
    public JdbiStarterFileStore starterFiles() {
        return starterFiles;
    }

    @Override
    public JdbiFeedbackFileStore feedbackFiles() {
        return feedbackFiles;
    }

    @Override
    public JdbiCriterionStore criteria() {
        return criteria;
    }

    @Override
    public JdbiMarkingStore marking() {
        return marking;
    }

    @Override
    public JdbiRosterStore roster() {
        return roster;
    }

    @Override
    public TestResultStore testResults() {
        return testResults;
    }

    /** Blobs in the database, beside everything else: every node of a cluster sees them. */
    @Override
    public JdbiBlobStore blobs() {
        return blobs;
    }

    /**
     * On PostgreSQL, every process on the database hears of revoked tokens and changed users within a second,
     * through a connection of the pool held while a cache listens: call its {@code close()} before closing
     * the pool. On H2, which one process opens at a time, there is no one else to tell.
     */
    @Override
    public CallerChanges callerChanges() {
        return callerChanges;
    }

    @Override
    public JdbiBlobReferences blobReferences() {
        return blobReferences;
    }
}
