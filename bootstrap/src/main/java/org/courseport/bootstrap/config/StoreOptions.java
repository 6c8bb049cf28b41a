package org.courseport.bootstrap.config;

import java.nio.file.Path;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import picocli.CommandLine.Option;

/** Where the data lives: shared by every command. */
public final class StoreOptions {

    @Option(names = "--data", defaultValue = "./courseport-data",
            description = "Data directory: the embedded database, blobs, uploads in progress, admin.token (${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db-url", description = "JDBC URL of a PostgreSQL database; without it the store is embedded H2 under --data.")
    String dbUrl;

    @Option(names = "--db-user", description = "Database user.")
    String dbUser;

    @Option(names = "--db-password", description = "Database password.")
    String dbPassword;

    @Option(names = "--db-pool-size", defaultValue = "16", description = "Database connections per process (${DEFAULT-VALUE}).")
    int poolSize;

    @Option(names = "--config", description = "A properties file of defaults (keys as the flags without --).")
    Path config;

    public Path dataDirectory() {
        return data.toAbsolutePath().normalize();
    }

    public DatabaseSettings database() {
        if (dbUrl == null || dbUrl.isBlank()) {
            return DatabaseSettings.embedded(dataDirectory(), poolSize);
        }
        return new DatabaseSettings(dbUrl, dbUser, dbPassword, poolSize);
    }
}
