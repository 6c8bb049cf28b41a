package org.courseport.application.source;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.courseport.application.course.ImportCourseService;
import org.courseport.domain.course.FetchedArchive;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.ImportJobStore;
import org.courseport.domain.source.CourseSource;
import org.courseport.domain.source.CourseSourceStore;
import org.courseport.domain.source.Delivery;
import org.courseport.domain.source.QueuedImport;
import org.courseport.domain.source.SourceFetcher;

/**
 * Imports from git through the import workers: a push or a sync queues a job (or joins the one the
 * source has waiting), and the worker that takes it up fetches the branch head then, so a job that
 * took in several pushes imports the newest.
 */
final class GitImports {
    private final CourseSourceStore sources;
    private final ImportJobStore jobs;
    private final SourceFetcher fetcher;
    private final ImportCourseService imports;
    private final Duration importTimeout;
    private final Clock clock;

    GitImports(CourseSourceStore sources, ImportJobStore jobs, SourceFetcher fetcher, ImportCourseService imports,
               Duration importTimeout, Clock clock) {
        this.sources = sources;
        this.jobs = jobs;
        this.fetcher = fetcher;
        this.imports = imports;
        this.importTimeout = importTimeout;
        this.clock = clock;
    }

    /** The job that will import the branch head: new, or the one already waiting (for this delivery, or for the source). */
    ImportJob queue(CourseSource source, Optional<Delivery> delivery) {
        QueuedImport queued = sources.queueImport(source.id(), delivery,
                ImportJob.queued(source.courseKey(), source.unfetched(), clock.instant()));
        if (queued.created()) {
            run(source, queued.job());
        }
        return queued.job();
    }

    private CompletableFuture<ImportJob> run(CourseSource source, ImportJob job) {
        return imports.runLater(job, () -> {
            // Leaving the waiting place before fetching: a push from now on gets a job of its own, and
            // one that came before is in the head fetched below.
            sources.started(source.id(), job.id());
            CourseSource current = sources.find(source.id()).orElse(source);
            FetchedArchive fetched = fetcher.fetch(current.fetch());
            return new TimeLimitedArchive(fetched, importTimeout, clock);
        });
    }

    /** The job as its store has it, once done: it may run on another node. */
    ImportJob awaitDone(ImportJob job) {
        ImportJob now = job;
        while (!now.state().isDone()) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return now;
            }
            now = jobs.find(job.id()).orElse(now);
        }
        return now;
    }
}
