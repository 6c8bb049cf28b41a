package org.courseport.bootstrap.wiring;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code serve} publishes from git.
 *
 * @param secretKeyFile the key that seals webhook secrets and credentials, shared by every node;
 *                      {@code <data>/secret.key}, made on first start, when not given
 * @param allowHttp     whether {@code http://} repositories on this machine are allowed (tests)
 * @param fetchTimeout  how long a fetch may take
 * @param importTimeout how long the import of a fetched course may take
 */
public record GitSourceSettings(Optional<Path> secretKeyFile, boolean allowHttp, Duration fetchTimeout,
                                Duration importTimeout) {
    public static final GitSourceSettings DEFAULTS = new GitSourceSettings(Optional.empty(), false,
            Duration.ofMinutes(5), Duration.ofMinutes(30));

    public GitSourceSettings {
        Objects.requireNonNull(secretKeyFile, "secretKeyFile");
        Objects.requireNonNull(fetchTimeout, "fetchTimeout");
        Objects.requireNonNull(importTimeout, "importTimeout");
    }

    public GitSourceSettings withAllowHttp(boolean allowed) {
        return new GitSourceSettings(secretKeyFile, allowed, fetchTimeout, importTimeout);
    }
}
