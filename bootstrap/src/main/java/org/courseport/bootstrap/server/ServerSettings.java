package org.courseport.bootstrap.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.domain.course.ArchiveLimits;

/** Everything {@code serve} needs to know. */
public record ServerSettings(String host, int port, Path dataDirectory, DatabaseSettings database, Duration shutdownGrace,
                             ArchiveLimits importLimits, int importWorkers, Duration nodeLease) {
    /** How long a node that stopped renewing its lease counts as alive (its imports as running). */
    public static final Duration DEFAULT_NODE_LEASE = Duration.ofSeconds(30);

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(importLimits, "importLimits");
        if (nodeLease == null || nodeLease.isNegative() || nodeLease.isZero()) {
            throw new IllegalArgumentException("the node lease must be positive");
        }
        if (importWorkers < 1) {
            throw new IllegalArgumentException("at least one import worker is needed");
        }
    }

    public ServerSettings(String host, int port, Path dataDirectory, DatabaseSettings database, Duration shutdownGrace,
                          ArchiveLimits importLimits, int importWorkers) {
        this(host, port, dataDirectory, database, shutdownGrace, importLimits, importWorkers, DEFAULT_NODE_LEASE);
    }

    /** With the default import limits and workers. */
    public ServerSettings(String host, int port, Path dataDirectory, DatabaseSettings database, Duration shutdownGrace) {
        this(host, port, dataDirectory, database, shutdownGrace, ArchiveLimits.DEFAULTS, 2);
    }
}
