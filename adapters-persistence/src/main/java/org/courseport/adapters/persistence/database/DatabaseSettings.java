package org.courseport.adapters.persistence.database;

import java.nio.file.Path;
import java.util.Objects;

/** Where the store is and how to log in to it. */
public record DatabaseSettings(String url, String user, String password, int poolSize) {
    /** H2 speaks enough PostgreSQL in this mode for one migration set to serve both. */
    private static final String H2_MODE =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1");
        }
    }

    /** The embedded default: an H2 file under the data directory, reachable from a second process. */
    public static DatabaseSettings embedded(Path dataDirectory, int poolSize) {
        Path file = dataDirectory.toAbsolutePath().normalize().resolve("db").resolve("courseport");
        return new DatabaseSettings("jdbc:h2:file:" + file + H2_MODE, "sa", "", poolSize);
    }

    /** A private in-memory H2 database, for tests and trials. */
    public static DatabaseSettings inMemory(String name) {
        return new DatabaseSettings("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_MODE.replace(";AUTO_SERVER=TRUE", ""),
                "sa", "", 4);
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }
}
