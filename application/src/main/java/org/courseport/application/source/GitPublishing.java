package org.courseport.application.source;

import java.security.SecureRandom;
import java.time.Clock;
import org.courseport.application.course.ImportCourseService;
import org.courseport.domain.course.ImportJobStore;
import org.courseport.domain.source.CourseSourceStore;
import org.courseport.domain.source.SourceFetcher;

/** Publishing from git, assembled: the admin's course sources and the webhook, over one queue of git imports. */
public final class GitPublishing {
    private final CourseSourceService sources;
    private final WebhookService webhooks;

    public GitPublishing(CourseSourceStore sourceStore, ImportJobStore jobs, SourceFetcher fetcher,
                         ImportCourseService imports, GitSettings settings, SecureRandom random, Clock clock) {
        GitImports gitImports = new GitImports(sourceStore, jobs, fetcher, imports, settings.importTimeout(), clock);
        this.sources = new CourseSourceService(sourceStore, gitImports, settings, random, clock);
        this.webhooks = new WebhookService(sourceStore, gitImports, clock);
    }

    public CourseSourceService sources() {
        return sources;
    }

    public WebhookService webhooks() {
        return webhooks;
    }
}
