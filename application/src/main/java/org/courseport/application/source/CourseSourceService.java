package org.courseport.application.source;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Permission;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.source.CourseSource;
import org.courseport.domain.source.CourseSourceId;
import org.courseport.domain.source.CourseSourceStore;
import org.courseport.domain.source.NewCourseSource;
import org.courseport.domain.source.RepositoryUrl;
import org.courseport.domain.source.WebhookSecret;

/** Registering, changing and removing course sources, and syncing one by hand. */
public final class CourseSourceService implements CreateCourseSource, ListCourseSources, GetCourseSource,
        UpdateCourseSource, DeleteCourseSource, SyncCourseSource {
    private final CourseSourceStore sources;
    private final GitImports imports;
    private final GitSettings settings;
    private final SecureRandom random;
    private final Clock clock;

    CourseSourceService(CourseSourceStore sources, GitImports imports, GitSettings settings, SecureRandom random,
                        Clock clock) {
        this.sources = sources;
        this.imports = imports;
        this.settings = settings;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public CourseSource create(Caller caller, CreateCourseSourceCommand command) {
        caller.require(Permission.MANAGE);
        RepositoryUrl repository = RepositoryUrl.parse(command.repositoryUrl(), settings.allowLoopbackHttp());
        return sources.create(new NewCourseSource(command.courseKey(), repository, command.branch(), command.path(),
                command.provider(), WebhookSecret.random(random), command.credential(), clock.instant()));
    }

    @Override
    public List<CourseSource> list(Caller caller) {
        caller.require(Permission.MANAGE);
        return sources.list();
    }

    @Override
    public CourseSource get(Caller caller, CourseSourceId id) {
        caller.require(Permission.MANAGE);
        return existing(id);
    }

    @Override
    public CourseSource update(Caller caller, UpdateCourseSourceCommand command) {
        caller.require(Permission.MANAGE);
        CourseSource source = existing(command.id());
        Instant now = clock.instant();
        CourseSource changed = source.with(command.branch().orElse(source.branch()), command.path().orElse(source.path()),
                command.credential().orElse(source.credential()),
                command.rotateSecret() ? WebhookSecret.random(random) : source.secret(), now);
        sources.update(changed);
        return changed;
    }

    @Override
    public void delete(Caller caller, CourseSourceId id) {
        caller.require(Permission.MANAGE);
        if (!sources.delete(id)) {
            throw notFound(id);
        }
    }

    @Override
    public ImportJob sync(Caller caller, CourseSourceId id, boolean wait) {
        caller.require(Permission.MANAGE);
        ImportJob job = imports.queue(existing(id), Optional.empty());
        if (!wait) {
            return job;
        }
        ImportJob done = imports.awaitDone(job);
        if (done.failure().isPresent()) {
            throw done.failure().get().toException();
        }
        return done;
    }

    private CourseSource existing(CourseSourceId id) {
        return sources.find(id).orElseThrow(() -> notFound(id));
    }

    private static NotFound notFound(CourseSourceId id) {
        return new NotFound("no course source has id " + id);
    }
}
