package org.courseport.application.source;

import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.source.BranchName;
import org.courseport.domain.source.FetchCredential;
import org.courseport.domain.source.GitProvider;
import org.courseport.domain.source.SourcePath;

/** A source to register; the repository URL is text until the service checks it against its settings. */
public record CreateCourseSourceCommand(CourseKey courseKey, String repositoryUrl, BranchName branch, SourcePath path,
                                        GitProvider provider, Optional<FetchCredential> credential) {
    public CreateCourseSourceCommand {
        Objects.requireNonNull(courseKey, "courseKey");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(credential, "credential");
    }
}
