package org.courseport.bootstrap.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.domain.course.ArchiveLimits;

/**
 * Everything {@code serve} needs to know. {@code tokenCache}: how long an authenticated token is trusted
 * without asking the store again, which is how long a token revoked by another process keeps working.
 */
public record ServerSettings(String host, int port, Path dataDirectory, DatabaseSettings database, Duration shutdownGrace,
                             ArchiveLimits importLimits, int importWorkers, Duration tokenCache) {
    public static final Duration DEFAULT_TOKEN_CACHE = Duration.ofSeconds(1);

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(importLimits, "importLimits");
        Objects.requireNonNull(tokenCache, "tokenCache");
        if (importWorkers < 1) {
            throw new IllegalArgumentException("at least one import worker is needed");
        }
    }

    /** With the default import limits, import workers and token cache. */
    public ServerSettings(String host, int port, Path dataDirectory, DatabaseSettings database, Duration shutdownGrace) {
        this(host, port, dataDirectory, database, shutdownGrace, ArchiveLimits.DEFAULTS, 2, DEFAULT_TOKEN_CACHE);
    }
}
