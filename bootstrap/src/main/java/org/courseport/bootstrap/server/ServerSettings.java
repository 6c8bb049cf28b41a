package org.courseport.bootstrap.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.domain.course.ArchiveLimits;

/** Everything {@code serve} needs to know. */
public record ServerSettings(String host, int port, Path dataDirectory, DatabaseSettings database, Duration shutdownGrace,
                             ArchiveLimits importLimits, int importWorkers) {
    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(importLimits, "importLimits");
        if (importWorkers < 1) {
            throw new IllegalArgumentException("at least one import worker is needed");
        }
    }

    /** With the default import limits and workers. */
    public ServerSettings(String host, int port, Path dataDirectory, DatabaseSettings database, Duration shutdownGrace) {
        this(host, port, dataDirectory, database, shutdownGrace, ArchiveLimits.DEFAULTS, 2);
    }
}
