package org.courseport.domain.source;

import java.util.Objects;
import java.util.Optional;

/** What to fetch: a branch's head, and the folder of its tree that holds the course. */
public record SourceFetch(RepositoryUrl repository, BranchName branch, SourcePath path, GitProvider provider,
                          Optional<FetchCredential> credential) {
    public SourceFetch {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(credential, "credential");
    }
}
