package org.courseport.application.source;

import java.time.Duration;
import java.util.Objects;

/**
 * How the server publishes from git.
 *
 * @param allowLoopbackHttp whether {@code http://} repositories on this machine are allowed (tests)
 * @param importTimeout     how long an import may read a fetched course
 */
public record GitSettings(boolean allowLoopbackHttp, Duration importTimeout) {
    public static final GitSettings DEFAULTS = new GitSettings(false, Duration.ofMinutes(30));

    public GitSettings {
        Objects.requireNonNull(importTimeout, "importTimeout");
        if (importTimeout.isNegative() || importTimeout.isZero()) {
            throw new IllegalArgumentException("the import time limit must be positive");
        }
    }
}
