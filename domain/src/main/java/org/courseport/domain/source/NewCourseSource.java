package org.courseport.domain.source;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.course.CourseKey;

/** A course source to create; the store gives it its id. */
public record NewCourseSource(CourseKey courseKey, RepositoryUrl repository, BranchName branch, SourcePath path,
                              GitProvider provider, WebhookSecret secret, Optional<FetchCredential> credential,
                              Instant now) {
    public NewCourseSource {
        Objects.requireNonNull(courseKey, "courseKey");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(now, "now");
    }
}
