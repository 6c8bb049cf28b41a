package org.courseport.bootstrap.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.courseport.adapters.persistence.database.DatabaseSettings;

/** Everything {@code serve} needs to know. */
public record ServerSettings(String host, int port, Path dataDirectory, DatabaseSettings database, Duration shutdownGrace) {
    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    }
}
