package org.courseport.domain.course;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an imported course came from when it came from git: the repository and the commit. A job
 * knows the repository when it is queued and the commit once the branch head has been fetched.
 */
public record SourceRevision(String repositoryUrl, Optional<CommitId> commit) {
    public SourceRevision {
        Objects.requireNonNull(repositoryUrl, "repositoryUrl");
        Objects.requireNonNull(commit, "commit");
    }

    public static SourceRevision of(String repositoryUrl, CommitId commit) {
        return new SourceRevision(repositoryUrl, Optional.of(commit));
    }

    public static SourceRevision unfetched(String repositoryUrl) {
        return new SourceRevision(repositoryUrl, Optional.empty());
    }
}
