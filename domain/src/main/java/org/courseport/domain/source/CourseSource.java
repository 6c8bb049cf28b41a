package org.courseport.domain.source;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.ImportJobId;
import org.courseport.domain.course.SourceRevision;

/**
 * A course published from a branch of a git repository: where to fetch it, who sends its webhooks and
 * the secret they prove themselves with, the optional credential, and what happened last.
 */
public record CourseSource(CourseSourceId id, CourseKey courseKey, RepositoryUrl repository, BranchName branch,
                           SourcePath path, GitProvider provider, WebhookSecret secret,
                           Optional<FetchCredential> credential, Optional<Delivery> lastDelivery,
                           Optional<ImportJobId> lastImport, Instant createdAt, Instant updatedAt) {
    public CourseSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(courseKey, "courseKey");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(lastDelivery, "lastDelivery");
        Objects.requireNonNull(lastImport, "lastImport");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** What an import job of this source records before it has fetched a commit. */
    public SourceRevision unfetched() {
        return SourceRevision.unfetched(repository.toString());
    }

    public SourceFetch fetch() {
        return new SourceFetch(repository, branch, path, provider, credential);
    }

    public CourseSource with(BranchName newBranch, SourcePath newPath, Optional<FetchCredential> newCredential,
                             WebhookSecret newSecret, Instant now) {
        return new CourseSource(id, courseKey, repository, newBranch, newPath, provider, newSecret, newCredential,
                lastDelivery, lastImport, createdAt, now);
    }
}
