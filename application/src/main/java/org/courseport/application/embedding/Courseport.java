package org.courseport.application.embedding;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.courseport.application.audit.AuditLog;
import org.courseport.application.audit.ListAudit;
import org.courseport.application.audit.RecordAudit;
import org.courseport.application.auth.AuthenticateCaller;
import org.courseport.application.auth.CallerCache;
import org.courseport.application.auth.CreateToken;
import org.courseport.application.auth.IssueNamedToken;
import org.courseport.application.auth.ListTokens;
import org.courseport.application.auth.RevokeToken;
import org.courseport.domain.auth.CallerChanges;
import org.courseport.application.auth.CreateFirstAdmin;
import org.courseport.application.auth.IssueToken;
import org.courseport.application.auth.ResetUserToken;
import org.courseport.application.auth.RevokeAllTokens;
import org.courseport.application.auth.TokenService;
import org.courseport.application.blob.CollectGarbage;
import org.courseport.application.blob.GarbageCollectionService;
import org.courseport.application.course.CourseService;
import org.courseport.application.course.DeleteCourse;
import org.courseport.application.course.ExportCourse;
import org.courseport.application.course.GetCourse;
import org.courseport.application.course.GetImportJob;
import org.courseport.application.course.ImportCourse;
import org.courseport.application.course.ImportCourseService;
import org.courseport.application.course.ListCourses;
import org.courseport.application.source.GitPublishing;
import org.courseport.application.source.GitSettings;
import org.courseport.application.grading.AddGroupMembers;
import org.courseport.application.grading.AssignmentService;
import org.courseport.application.grading.CollectSubmission;
import org.courseport.application.grading.CreateAssignment;
import org.courseport.application.grading.CreateCourseAssignment;
import org.courseport.application.grading.CreateGroup;
import org.courseport.application.grading.DeleteTestResult;
import org.courseport.application.grading.DownloadSubmission;
import org.courseport.application.grading.DownloadSubmissionFile;
import org.courseport.application.grading.EditWorkingFiles;
import org.courseport.application.grading.FeedbackFileService;
import org.courseport.application.grading.GetAssignment;
import org.courseport.application.grading.GetGroup;
import org.courseport.application.grading.GetTestResult;
import org.courseport.application.grading.GradingLookups;
import org.courseport.application.grading.GroupService;
import org.courseport.application.grading.ListAssignments;
import org.courseport.application.grading.ListCourseAssignments;
import org.courseport.application.grading.ListGroups;
import org.courseport.application.grading.ListTestResults;
import org.courseport.application.grading.ManageTestSpecs;
import org.courseport.application.gradeentry.GradeEntryFormService;
import org.courseport.application.gradeentry.ManageGradeEntryForms;
import org.courseport.application.grading.ManageFeedbackFiles;
import org.courseport.application.grading.PostTestResult;
import org.courseport.application.grading.PostTestResultByName;
import org.courseport.application.grading.ReadGroupFiles;
import org.courseport.application.grading.ReplaceTestResult;
import org.courseport.application.grading.SubmissionService;
import org.courseport.application.grading.TestResultService;
import org.courseport.application.grading.TestSpecService;
import org.courseport.application.grading.UpdateAssignment;
import org.courseport.application.grading.UploadSubmissionFile;
import org.courseport.application.marking.AnnotateResults;
import org.courseport.application.marking.CriterionService;
import org.courseport.application.marking.ManageCriteria;
import org.courseport.application.marking.MarkResults;
import org.courseport.application.marking.MarkingService;
import org.courseport.application.marking.ReadGradesSummary;
import org.courseport.application.limit.ChargeRequest;
import org.courseport.application.limit.InProcessRateCounters;
import org.courseport.application.limit.RateLimiter;
import org.courseport.application.roster.AddRole;
import org.courseport.application.roster.CreateCourse;
import org.courseport.application.roster.CreateSection;
import org.courseport.application.roster.EnterCourse;
import org.courseport.application.roster.ListMemberCourses;
import org.courseport.application.roster.ListRoles;
import org.courseport.application.roster.ListSections;
import org.courseport.application.roster.RosterService;
import org.courseport.application.starter.ManageStarterFiles;
import org.courseport.application.starter.StarterFileService;
import org.courseport.application.grading.ManageTestRuns;
import org.courseport.application.grading.TestRunService;
import org.courseport.application.user.CreateUser;
import org.courseport.application.user.DeleteUser;
import org.courseport.application.user.GetUser;
import org.courseport.application.user.ListUsers;
import org.courseport.application.user.UpdateUser;
import org.courseport.application.user.UserService;
import org.courseport.domain.audit.AuditRetention;
import org.courseport.domain.audit.AuditStore;
import org.courseport.domain.auth.TokenStore;
import org.courseport.domain.blob.BlobReferences;
import org.courseport.domain.blob.CollectableBlobStore;
import org.courseport.domain.course.ArchiveLimits;
import org.courseport.domain.course.CourseStore;
import org.courseport.domain.course.ImportJobStore;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.grading.FeedbackFileStore;
import org.courseport.domain.grading.GroupStore;
import org.courseport.domain.grading.SubmissionStore;
import org.courseport.domain.grading.TestResultStore;
import org.courseport.domain.limit.RateCounters;
import org.courseport.domain.limit.RateLimits;
import org.courseport.domain.source.CourseSourceStore;
import org.courseport.domain.source.SourceFetcher;
import org.courseport.domain.grading.TestSpecStore;
import org.courseport.domain.gradeentry.GradeEntryStore;
import org.courseport.domain.testrun.TestRunStore;
import org.courseport.domain.marking.CriterionStore;
import org.courseport.domain.marking.MarkingStore;
import org.courseport.domain.roster.RosterStore;
import org.courseport.domain.starter.StarterFileStore;
import org.courseport.domain.user.UserStore;

/**
 * Courseport's use cases, assembled from the outgoing ports a host supplies: the entry point for an
 * LMS that embeds Courseport as a library, and the one way the standalone server assembles itself.
 *
 * <p>Each accessor returns one incoming port. Every use case takes the {@link
 * org.courseport.domain.auth.Caller} it acts for: a host with logins of its own builds that caller
 * from its session ({@code new Caller(new UserName("robot"), UserType.ADMIN)}) and never needs
 * Courseport's API tokens. Nothing here starts a server or needs a framework:
 * <pre>{@code
 * Courseport courseport = Courseport.builder()
 *         .stores(JdbiStores.migrate(hostDataSource, "courseport", Clock.systemUTC()))
 *         .archives(new CommonsCompressArchives())
 *         .build();
 * courseport.createUser().create(caller, newUser);
 * }</pre>
 *
 * <p>Instances are thread-safe and meant to live as long as the host's application.
 */
public final class Courseport {
    /** Tokens in use at once that the caller cache keeps; more only empties it sooner. */
    private static final int CACHED_CALLERS = 10_000;

    private final UserService users;
    private final TokenService tokens;
    private final ImportCourseService imports;
    private final CourseService courses;
    private final ArchiveLimits archiveLimits;
    private final AssignmentService assignments;
    private final GroupService groups;
    private final SubmissionService submissions;
    private final TestResultService testResults;
    private final GarbageCollectionService garbage;
    private final Optional<GitPublishing> git;
    private final RosterService roster;
    private final FeedbackFileService feedbackFiles;
    private final StarterFileService starterFiles;
    private final TestSpecService testSpecs;
    private final GradeEntryFormService gradeEntryForms;
    private final TestRunService testRuns;
    private final CriterionService criteria;
    private final MarkingService marking;
    private final AuditLog audit;
    private final RateLimiter limiter;
    private final Clock clock;

    private Courseport(Builder builder) {
        UserStore userStore = builder.pick(builder.users, CourseportStores::users, "users");
        TokenStore tokenStore = builder.pick(builder.tokens, CourseportStores::tokens, "tokens");
        CollectableBlobStore blobs = builder.pick(builder.blobs, CourseportStores::blobs, "blobs");
        BlobReferences blobReferences = builder.pick(builder.blobReferences, CourseportStores::blobReferences,
                "blobReferences");
        CourseStore courseStore = builder.pick(builder.courses, CourseportStores::courses, "courses");
        ImportJobStore jobs = builder.pick(builder.importJobs, CourseportStores::importJobs, "importJobs");
        if (builder.archives == null) {
            throw new IllegalStateException("Courseport needs the archive formats: call archives(...)");
        }
        this.archiveLimits = builder.archiveLimits;
        CallerChanges changes = builder.callerChanges != null ? builder.callerChanges
                : builder.stores != null ? builder.stores.callerChanges() : CallerChanges.SINGLE_PROCESS;
        CallerCache callers = new CallerCache(builder.tokenCache, CACHED_CALLERS, builder.clock, changes);
        RosterStore rosterStore = builder.pick(builder.roster, CourseportStores::roster, "roster");
        this.users = new UserService(userStore, rosterStore, builder.clock, callers);
        this.tokens = new TokenService(userStore, tokenStore, builder.clock, builder.random, callers);
        this.imports = new ImportCourseService(builder.archives.courseReader(blobs), builder.archives.outlineReader(blobs),
                courseStore, jobs, archiveLimits, builder.importExecutor, builder.clock);
        this.courses = new CourseService(courseStore, builder.archives.courseWriter(blobs));
        AssignmentStore assignmentStore = builder.pick(builder.assignments, CourseportStores::assignments, "assignments");
        GroupStore groupStore = builder.pick(builder.groups, CourseportStores::groups, "groups");
        SubmissionStore submissionStore = builder.pick(builder.submissions, CourseportStores::submissions, "submissions");
        TestResultStore resultStore = builder.pick(builder.testResults, CourseportStores::testResults, "testResults");
        GradingLookups lookups = new GradingLookups(assignmentStore, groupStore, submissionStore);
        this.assignments = new AssignmentService(assignmentStore, builder.clock);
        this.groups = new GroupService(groupStore, userStore, lookups, builder.clock);
        this.submissions = new SubmissionService(submissionStore, blobs, builder.archives.bundleWriter(blobs), lookups,
                builder.clock);
        this.testResults = new TestResultService(resultStore, lookups, builder.clock);
        this.garbage = new GarbageCollectionService(blobs, blobReferences, builder.clock);
        this.git = builder.courseSources == null ? Optional.empty() : Optional.of(new GitPublishing(builder.courseSources,
                jobs, builder.sourceFetcher, imports, builder.gitSettings, builder.random, builder.clock));
        this.roster = new RosterService(rosterStore, userStore, assignmentStore, builder.clock);
        this.feedbackFiles = new FeedbackFileService(
                builder.pick(builder.feedbackFiles, CourseportStores::feedbackFiles, "feedbackFiles"), submissionStore, blobs,
                lookups, builder.clock);
        this.starterFiles = new StarterFileService(
                builder.pick(builder.starterFiles, CourseportStores::starterFiles, "starterFiles"), blobs,
                builder.archives.bundleWriter(blobs), roster, builder.clock);
        this.testRuns = new TestRunService(builder.pick(builder.testRuns, CourseportStores::testRuns, "testRuns"),
                submissionStore, blobs, lookups, builder.clock);
        this.testSpecs = new TestSpecService(builder.pick(builder.testSpecs, CourseportStores::testSpecs, "testSpecs"),
                builder.archives.bundleWriter(blobs), builder.clock);
        this.gradeEntryForms = new GradeEntryFormService(
                builder.pick(builder.gradeEntryForms, CourseportStores::gradeEntryForms, "gradeEntryForms"), rosterStore,
                roster, builder.clock);
        CriterionStore criterionStore = builder.pick(builder.criteria, CourseportStores::criteria, "criteria");
        this.criteria = new CriterionService(criterionStore, roster, builder.clock);
        this.marking = new MarkingService(builder.pick(builder.marking, CourseportStores::marking, "marking"), criterionStore,
                groupStore, submissionStore, userStore, roster, builder.clock);
        this.audit = new AuditLog(builder.pick(builder.audit, CourseportStores::audit, "audit"), builder.auditRetention,
                builder.clock);
        this.limiter = new RateLimiter(builder.rateCounters, builder.rateLimits, builder.clock);
        this.clock = builder.clock;
    }

    /** Starts assembling Courseport; every port must come from {@link Builder#stores} or its own setter. */
    public static Builder builder() {
        return new Builder();
    }

    public ListUsers listUsers() {
        return users;
    }

    public GetUser getUser() {
        return users;
    }

    public CreateUser createUser() {
        return users;
    }

    public UpdateUser updateUser() {
        return users;
    }

    public DeleteUser deleteUser() {
        return users;
    }

    /** Checks a Courseport API token; a host with its own authentication does not need it. */
    public AuthenticateCaller authenticateCaller() {
        return tokens;
    }

    public IssueToken issueToken() {
        return tokens;
    }

    public ResetUserToken resetUserToken() {
        return tokens;
    }

    public RevokeAllTokens revokeAllTokens() {
        return tokens;
    }

    public CreateToken createToken() {
        return tokens;
    }

    public ListTokens listTokens() {
        return tokens;
    }

    public RevokeToken revokeToken() {
        return tokens;
    }

    /** The operator's command for a named, scoped token. */
    public IssueNamedToken issueNamedToken() {
        return tokens;
    }

    public CreateFirstAdmin createFirstAdmin() {
        return tokens;
    }

    /**
     * Imports an OLX tar.gz as a course's next version. With the default executor the import runs on
     * the caller's thread and is done when this returns; see {@link Builder#importExecutor}.
     */
    public ImportCourse importCourse() {
        return imports;
    }

    public GetImportJob getImportJob() {
        return imports;
    }

    public ListCourses listCourses() {
        return courses;
    }

    public GetCourse getCourse() {
        return courses;
    }

    /** A course version as an OLX tar.gz, streamed to whatever output the host gives it. */
    public ExportCourse exportCourse() {
        return courses;
    }

    public DeleteCourse deleteCourse() {
        return courses;
    }

    /**
     * Frees the blobs that no version, submission or unfinished import names any more; the standalone
     * server runs it now and then, a host when it likes.
     */
    public CollectGarbage collectGarbage() {
        return garbage;
    }

    public ListAssignments listAssignments() {
        return assignments;
    }

    public GetAssignment getAssignment() {
        return assignments;
    }

    public CreateAssignment createAssignment() {
        return assignments;
    }

    public UpdateAssignment updateAssignment() {
        return assignments;
    }

    public ListCourseAssignments listCourseAssignments() {
        return assignments;
    }

    public CreateCourseAssignment createCourseAssignment() {
        return assignments;
    }

    public ListGroups listGroups() {
        return groups;
    }

    public GetGroup getGroup() {
        return groups;
    }

    public CreateGroup createGroup() {
        return groups;
    }

    public AddGroupMembers addGroupMembers() {
        return groups;
    }

    public UploadSubmissionFile uploadSubmissionFile() {
        return submissions;
    }

    /** Makes a group's current files its submission: test results need one. */
    public CollectSubmission collectSubmission() {
        return submissions;
    }

    public DownloadSubmission downloadSubmission() {
        return submissions;
    }

    public DownloadSubmissionFile downloadSubmissionFile() {
        return submissions;
    }

    /** A group's files as MarkUs's current API gives them: latest or collected, zipped at the root or one by one. */
    public ReadGroupFiles readGroupFiles() {
        return submissions;
    }

    public EditWorkingFiles editWorkingFiles() {
        return submissions;
    }

    public ManageTestSpecs manageTestSpecs() {
        return testSpecs;
    }

    public ManageGradeEntryForms manageGradeEntryForms() {
        return gradeEntryForms;
    }

    /** Test runs in MarkUs's current shape: runs with their groups, tests, marks and feedback files. */
    public ManageTestRuns manageTestRuns() {
        return testRuns;
    }

    public ManageStarterFiles manageStarterFiles() {
        return starterFiles;
    }

    public ManageFeedbackFiles manageFeedbackFiles() {
        return feedbackFiles;
    }

    /** An assignment's marking criteria (rubric, flexible, checkbox). */
    public ManageCriteria manageCriteria() {
        return criteria;
    }

    /** Marks, marking state and extra marks of groups' collected submissions. */
    public MarkResults markResults() {
        return marking;
    }

    public AnnotateResults annotateResults() {
        return marking;
    }

    /** Every student's grades of an assignment, streamed row by row. */
    public ReadGradesSummary readGradesSummary() {
        return marking;
    }

    public ListTestResults listTestResults() {
        return testResults;
    }

    public GetTestResult getTestResult() {
        return testResults;
    }

    public PostTestResult postTestResult() {
        return testResults;
    }

    /** The reference API's shortcut: a test result by assignment short identifier and group name. */
    public PostTestResultByName postTestResultByName() {
        return testResults;
    }

    public ReplaceTestResult replaceTestResult() {
        return testResults;
    }

    public DeleteTestResult deleteTestResult() {
        return testResults;
    }

    /** Course sources and their webhook, when the host gave {@link Builder#gitSources}. */
    public Optional<GitPublishing> gitPublishing() {
        return git;
    }

    /** The courses the caller may enter, as MarkUs's routes list them. */
    public ListMemberCourses listMemberCourses() {
        return roster;
    }

    public CreateCourse createCourse() {
        return roster;
    }

    public ListRoles listRoles() {
        return roster;
    }

    public AddRole addRole() {
        return roster;
    }

    public ListSections listSections() {
        return roster;
    }

    public CreateSection createSection() {
        return roster;
    }

    /** The check every course-scoped route starts with: the course, the caller's role in it, the assignment. */
    public EnterCourse enterCourse() {
        return roster;
    }

    /** The limits every import is held to, for a host that bounds request bodies before they reach Courseport. */
    /** Keeps an audited request (the REST adapter records writes, imports, exports and refusals). */
    public RecordAudit recordAudit() {
        return audit;
    }

    public ListAudit listAudit() {
        return audit;
    }

    /** The audit log itself, for whoever runs it: call {@link AuditLog#flush()} every fraction of a second and {@link AuditLog#prune()} now and then. */
    public AuditLog auditLog() {
        return audit;
    }

    /** Counts a request against its caller's allowance. */
    public ChargeRequest chargeRequest() {
        return limiter;
    }

    /** The rate limiter itself, for whoever runs it: call {@link RateLimiter#sync()} every fraction of a second. */
    public RateLimiter rateLimiter() {
        return limiter;
    }

    /** The clock every use case reads, for adapters that stamp times the use cases keep (the audit's). */
    public Clock clock() {
        return clock;
    }

    public ArchiveLimits archiveLimits() {
        return archiveLimits;
    }

    /**
     * Collects the outgoing ports. A port given by its own setter wins over the same port in
     * {@link #stores}, whichever was called first, so a host can take the stores and swap one.
     */
    public static final class Builder {
        private CourseportStores stores;
        private UserStore users;
        private TokenStore tokens;
        private CollectableBlobStore blobs;
        private BlobReferences blobReferences;
        private CourseStore courses;
        private ImportJobStore importJobs;
        private AssignmentStore assignments;
        private GroupStore groups;
        private SubmissionStore submissions;
        private TestResultStore testResults;
        private RosterStore roster;
        private FeedbackFileStore feedbackFiles;
        private StarterFileStore starterFiles;
        private TestSpecStore testSpecs;
        private GradeEntryStore gradeEntryForms;
        private TestRunStore testRuns;
        private CriterionStore criteria;
        private MarkingStore marking;
        private AuditStore audit;
        private AuditRetention auditRetention = new AuditRetention(AuditRetention.DEFAULT_DAYS);
        private RateLimits rateLimits = RateLimits.DEFAULTS;
        private RateCounters rateCounters = new InProcessRateCounters();
        private CourseportArchives archives;
        private ArchiveLimits archiveLimits = ArchiveLimits.DEFAULTS;
        private Executor importExecutor = Runnable::run;
        private Clock clock = Clock.systemUTC();
        private SecureRandom random;
        private Duration tokenCache = Duration.ZERO;
        private CallerChanges callerChanges;
        private CourseSourceStore courseSources;
        private SourceFetcher sourceFetcher;
        private GitSettings gitSettings;

        private Builder() {
        }

        /**
         * Publishing from git: where course sources are kept (their secrets encrypted), how repositories
         * are fetched, and the settings. Without it there are no course sources.
         */
        public Builder gitSources(CourseSourceStore courseSources, SourceFetcher sourceFetcher, GitSettings gitSettings) {
            this.courseSources = Objects.requireNonNull(courseSources, "courseSources");
            this.sourceFetcher = Objects.requireNonNull(sourceFetcher, "sourceFetcher");
            this.gitSettings = Objects.requireNonNull(gitSettings, "gitSettings");
            return this;
        }

        /** All the stores at once, typically {@code JdbiStores} on the host's {@code DataSource}. */
        public Builder stores(CourseportStores stores) {
            this.stores = Objects.requireNonNull(stores, "stores");
            return this;
        }

        public Builder users(UserStore users) {
            this.users = Objects.requireNonNull(users, "users");
            return this;
        }

        public Builder tokens(TokenStore tokens) {
            this.tokens = Objects.requireNonNull(tokens, "tokens");
            return this;
        }

        /** The host's own blob storage, instead of the blobs in the database. */
        public Builder blobs(CollectableBlobStore blobs) {
            this.blobs = Objects.requireNonNull(blobs, "blobs");
            return this;
        }

        public Builder courses(CourseStore courses) {
            this.courses = Objects.requireNonNull(courses, "courses");
            return this;
        }

        public Builder importJobs(ImportJobStore importJobs) {
            this.importJobs = Objects.requireNonNull(importJobs, "importJobs");
            return this;
        }

        public Builder assignments(AssignmentStore assignments) {
            this.assignments = Objects.requireNonNull(assignments, "assignments");
            return this;
        }

        public Builder groups(GroupStore groups) {
            this.groups = Objects.requireNonNull(groups, "groups");
            return this;
        }

        public Builder submissions(SubmissionStore submissions) {
            this.submissions = Objects.requireNonNull(submissions, "submissions");
            return this;
        }

        public Builder testResults(TestResultStore testResults) {
            this.testResults = Objects.requireNonNull(testResults, "testResults");
            return this;
        }

        public Builder testSpecs(TestSpecStore testSpecs) {
            this.testSpecs = Objects.requireNonNull(testSpecs, "testSpecs");
            return this;
        }

        public Builder gradeEntryForms(GradeEntryStore gradeEntryForms) {
            this.gradeEntryForms = Objects.requireNonNull(gradeEntryForms, "gradeEntryForms");
            return this;
        }

        public Builder testRuns(TestRunStore testRuns) {
            this.testRuns = Objects.requireNonNull(testRuns, "testRuns");
            return this;
        }

        public Builder criteria(CriterionStore criteria) {
            this.criteria = Objects.requireNonNull(criteria, "criteria");
            return this;
        }

        public Builder marking(MarkingStore marking) {
            this.marking = Objects.requireNonNull(marking, "marking");
            return this;
        }

        public Builder starterFiles(StarterFileStore starterFiles) {
            this.starterFiles = Objects.requireNonNull(starterFiles, "starterFiles");
            return this;
        }

        public Builder feedbackFiles(FeedbackFileStore feedbackFiles) {
            this.feedbackFiles = Objects.requireNonNull(feedbackFiles, "feedbackFiles");
            return this;
        }

        public Builder audit(AuditStore audit) {
            this.audit = Objects.requireNonNull(audit, "audit");
            return this;
        }

        /** How long audit entries are kept: {@value AuditRetention#DEFAULT_DAYS} days unless told. */
        public Builder auditRetention(AuditRetention retention) {
            this.auditRetention = Objects.requireNonNull(retention, "retention");
            return this;
        }

        /** The allowance per token and per unauthenticated address: {@link RateLimits#DEFAULTS} unless told. */
        public Builder rateLimits(RateLimits limits) {
            this.rateLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Where the nodes share their request counts: in this process unless told (one node). */
        public Builder rateCounters(RateCounters counters) {
            this.rateCounters = Objects.requireNonNull(counters, "counters");
            return this;
        }

        public Builder roster(RosterStore roster) {
            this.roster = Objects.requireNonNull(roster, "roster");
            return this;
        }

        /** Which blobs the host's own stores name, when the host keeps those stores itself. */
        public Builder blobReferences(BlobReferences blobReferences) {
            this.blobReferences = Objects.requireNonNull(blobReferences, "blobReferences");
            return this;
        }

        /** The archive formats, typically {@code new CommonsCompressArchives()} from the archive adapter. */
        public Builder archives(CourseportArchives archives) {
            this.archives = Objects.requireNonNull(archives, "archives");
            return this;
        }

        /** How large an imported archive may be; {@link ArchiveLimits#DEFAULTS} (edX's own) unless given. */
        public Builder archiveLimits(ArchiveLimits archiveLimits) {
            this.archiveLimits = Objects.requireNonNull(archiveLimits, "archiveLimits");
            return this;
        }

        /**
         * Where course imports run. By default on the caller's thread: {@code importCourse} returns when
         * the import is done. With a pool of the host's, it returns once the archive is read and the
         * job finishes in the background; the host owns (and shuts down) that pool.
         */
        public Builder importExecutor(Executor importExecutor) {
            this.importExecutor = Objects.requireNonNull(importExecutor, "importExecutor");
            return this;
        }

        /** The time every record is stamped with; the system's UTC clock unless given. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Where API tokens' randomness comes from; a new {@link SecureRandom} unless given. */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * How long an API token, once checked, is trusted without asking the token store again; off
         * unless given. Changes through this instance apply at once, others' within this time.
         */
        /**
         * How this process and the others on the same store tell each other of revoked tokens and changed
         * users; by default the stores' own ({@link CourseportStores#callerChanges()}).
         */
        public Builder callerChanges(CallerChanges callerChanges) {
            this.callerChanges = Objects.requireNonNull(callerChanges, "callerChanges");
            return this;
        }

        public Builder tokenCache(Duration tokenCache) {
            this.tokenCache = Objects.requireNonNull(tokenCache, "tokenCache");
            return this;
        }

        /** Builds the use cases; fails naming the first port that was given neither way. */
        public Courseport build() {
            if (random == null) {
                random = new SecureRandom();
            }
            return new Courseport(this);
        }

        private <T> T pick(T given, Function<CourseportStores, T> fromStores, String port) {
            if (given != null) {
                return given;
            }
            if (stores == null) {
                throw new IllegalStateException("Courseport needs a " + port + " port: call stores(...) or " + port + "(...)");
            }
            return Objects.requireNonNull(fromStores.apply(stores), port);
        }
    }
}
