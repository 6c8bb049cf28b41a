package org.courseport.application.source;

import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.source.BranchName;
import org.courseport.domain.source.CourseSourceId;
import org.courseport.domain.source.FetchCredential;
import org.courseport.domain.source.SourcePath;

/**
 * What to change; an absent field stays as it is.
 *
 * @param credential   a new credential; present but empty removes it
 * @param rotateSecret whether to replace the webhook secret (the new one is shown once)
 */
public record UpdateCourseSourceCommand(CourseSourceId id, Optional<BranchName> branch, Optional<SourcePath> path,
                                        Optional<Optional<FetchCredential>> credential, boolean rotateSecret) {
    public UpdateCourseSourceCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(credential, "credential");
        if (branch.isEmpty() && path.isEmpty() && credential.isEmpty() && !rotateSecret) {
            throw new InvalidInput("nothing to change: give branch, path, credential or rotate_secret=true");
        }
    }
}
