package org.courseport.application.course;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Permission;
import org.courseport.domain.course.ArchiveLimits;
import org.courseport.domain.course.ArchiveProgress;
import org.courseport.domain.course.CourseArchiveReader;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.CourseOutline;
import org.courseport.domain.course.CourseOutlineReader;
import org.courseport.domain.course.CourseStore;
import org.courseport.domain.course.CourseVersion;
import org.courseport.domain.course.FetchedArchive;
import org.courseport.domain.course.ImportFailure;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.ImportJobId;
import org.courseport.domain.course.ImportJobStore;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.course.NewCourseVersion;
import org.courseport.domain.course.SourceRevision;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.DomainException;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unprocessable;

/**
 * Imports run as jobs on the executor bootstrap supplies. An import is all or nothing: the files go
 * to the blob store first (content-addressed, so unreferenced blobs are invisible), and the version is
 * committed in one transaction at the end. One import per course runs at a time in this process; a
 * second is refused with a {@link Conflict}, and the store refuses a commit that another process
 * overtook. Jobs queued by {@link #runLater} (fetches from git) wait for each other instead, course by
 * course, so that a burst of pushes imports in order.
 */
public final class ImportCourseService implements ImportCourse, GetImportJob {
    private static final Logger LOG = System.getLogger(ImportCourseService.class.getName());
    /** How often progress is written to the job store while an archive is read. */
    private static final Duration PROGRESS_EVERY = Duration.ofMillis(500);

    private final CourseArchiveReader archives;
    private final CourseOutlineReader outlines;
    private final CourseStore courses;
    private final ImportJobStore jobs;
    private final ArchiveLimits limits;
    private final Executor executor;
    private final Clock clock;
    private final Set<CourseKey> importing = ConcurrentHashMap.newKeySet();
    /** The last queued job of each course, which the next one of that course runs after. */
    private final Map<CourseKey, CompletableFuture<Void>> queues = new ConcurrentHashMap<>();

    public ImportCourseService(CourseArchiveReader archives, CourseOutlineReader outlines, CourseStore courses,
                               ImportJobStore jobs, ArchiveLimits limits, Executor executor, Clock clock) {
        this.archives = archives;
        this.outlines = outlines;
        this.courses = courses;
        this.jobs = jobs;
        this.limits = limits;
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    public ImportJob importCourse(Caller caller, CourseKey key, InputStream archive, boolean wait) {
        caller.require(Permission.MANAGE);
        if (!importing.add(key)) {
            throw new Conflict("an import of " + key + " is already running; import again once it is done");
        }
        Run run;
        try {
            ImportJob queued = ImportJob.queued(key, clock.instant());
            jobs.create(queued);
            run = new Run(queued, () -> FetchedArchive.upload(archive), true);
            executor.execute(run);
        } catch (RejectedExecutionException e) {
            importing.remove(key);
            throw new Conflict("the server is stopping and takes no new imports; import again shortly");
        } catch (RuntimeException e) {
            importing.remove(key);
            throw e;
        }
        // A refusal while reading is answered at once, even without wait: the caller is still there to hear it.
        run.archiveRead.join();
        ImportJob job = wait || run.done.isDone() ? run.done.join() : run.job;
        if (job.failure().isPresent()) {
            throw job.failure().get().toException();
        }
        return job;
    }

    /**
     * Runs a job already stored as queued once the course's earlier queued jobs are done; the worker
     * fetches the archive first. Completes with the job as it ended.
     */
    public CompletableFuture<ImportJob> runLater(ImportJob queued, ArchiveFetch fetch) {
        Run run = new Run(queued, fetch, false);
        CompletableFuture<Void> next = queues.compute(queued.key(), (key, last) ->
                (last == null ? CompletableFuture.<Void>completedFuture(null) : last.exceptionally(e -> null))
                        .thenRunAsync(run, executor));
        next.whenComplete((ignored, failure) -> {
            queues.remove(queued.key(), next);
            if (failure != null) {
                // the executor refused it: the server is stopping
                run.done.complete(run.job);
            }
        });
        return run.done;
    }

    @Override
    public ImportJob get(Caller caller, ImportJobId id) {
        caller.require(Permission.READ);
        return jobs.find(id).orElseThrow(() -> new NotFound("no import job has id " + id));
    }

    /** One job on a worker thread: read the archive, read its outline, commit or find it unchanged. */
    private final class Run implements Runnable, ArchiveProgress {
        final CompletableFuture<Void> archiveRead = new CompletableFuture<>();
        final CompletableFuture<ImportJob> done = new CompletableFuture<>();
        private final ArchiveFetch fetch;
        /** Whether this run holds the course's place in {@link #importing}; an upload took it as it was asked for. */
        private boolean holdsCourse;
        private volatile ImportJob job;
        private Instant lastReport = Instant.EPOCH;

        Run(ImportJob queued, ArchiveFetch fetch, boolean holdsCourse) {
            this.job = queued;
            this.fetch = fetch;
            this.holdsCourse = holdsCourse;
        }

        @Override
        public void run() {
            CourseKey key = job.key();
            try {
                if (!holdsCourse && !(holdsCourse = importing.add(key))) {
                    throw new Conflict("an upload of " + key + " was being imported; import again once it is done");
                }
                save(job.running(clock.instant()));
                try (FetchedArchive fetched = fetch.fetch()) {
                    if (fetched.source().isPresent()) { // an upload has no source: nothing new to say yet
                        save(job.fetched(fetched.source(), clock.instant()));
                    }
                    Manifest manifest = archives.unpack(fetched.archive(), limits, this, currentFiles(key));
                    archiveRead.complete(null);
                    save(job.progressed(job.bytesRead(), job.entriesRead(), clock.instant()));
                    CourseOutline outline = outlines.read(manifest);
                    if (!outline.key().equals(key)) {
                        throw new Unprocessable("the archive's course.xml names the course " + outline.key()
                                + " (org, course, url_name) but the URL names " + key);
                    }
                    save(commit(key, outline, manifest, fetched.source()));
                }
            } catch (DomainException e) {
                save(job.failed(ImportFailure.of(e), clock.instant()));
            } catch (IOException | RuntimeException e) {
                // The reader answers for the archive with domain failures; an I/O error is the server's
                // own (a blob store that cannot write), so the job quotes a reference, never the cause.
                String reference = UUID.randomUUID().toString();
                LOG.log(Level.ERROR, "import job " + job.id() + " of " + key + " failed, reference " + reference, e);
                save(job.failed(new ImportFailure(ImportFailure.INTERNAL_ERROR, "the server failed while importing;"
                        + " quote reference " + reference + " when reporting it"), clock.instant()));
                done.completeExceptionally(e);
            } finally {
                if (holdsCourse) {
                    importing.remove(key);
                }
                done.complete(job);
                archiveRead.complete(null);
            }
        }

        /** The files of the course's current version: an archive imported again mostly repeats them. */
        private Manifest currentFiles(CourseKey key) {
            return courses.find(key).map(c -> c.currentVersion()).filter(number -> number > 0)
                    .map(number -> courses.manifest(key, number)).orElse(Manifest.empty());
        }

        private ImportJob commit(CourseKey key, CourseOutline outline, Manifest manifest, Optional<SourceRevision> source) {
            Instant now = clock.instant();
            int current = courses.find(key).map(c -> c.currentVersion()).orElse(0);
            Optional<CourseVersion> same = current == 0 ? Optional.empty()
                    : courses.version(key, current).filter(v -> v.digest().equals(manifest.digest()));
            if (same.isPresent()) {
                return job.succeeded(current, false, outline.warnings(), now);
            }
            CourseVersion made = courses.commit(new NewCourseVersion(key, outline, manifest, now, source), current);
            return job.succeeded(made.number(), true, outline.warnings(), now);
        }

        @Override
        public void advanced(long compressedBytesRead, long entriesRead) {
            Instant now = clock.instant();
            job = job.progressed(compressedBytesRead, entriesRead, now);
            if (Duration.between(lastReport, now).compareTo(PROGRESS_EVERY) >= 0) {
                lastReport = now;
                jobs.update(job);
            }
        }

        private void save(ImportJob next) {
            job = next;
            jobs.update(next);
        }
    }
}
