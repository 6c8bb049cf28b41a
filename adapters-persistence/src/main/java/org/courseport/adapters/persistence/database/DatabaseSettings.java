package org.courseport.adapters.persistence.database;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Where the store is and how to log in to it. */
public record DatabaseSettings(String url, String user, String password, int poolSize) {
    /** H2 speaks enough PostgreSQL in this mode for one migration set to serve both. */
    private static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    /**
     * H2 on a file writes each commit before the commit returns (by default it writes them a second
     * later, and a {@code kill -9} loses what was acknowledged), and keeps no trace file of its own:
     * errors reach the server's log. No {@code AUTO_SERVER}: that opens a TCP port on every interface.
     */
    private static final String H2_FILE = ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    private static final String H2_FILE_PREFIX = "jdbc:h2:file:";
    private static final String H2_FILE_SUFFIX = ".mv.db";

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1");
        }
    }

    /** The embedded default: an H2 file under the data directory, opened by one process at a time. */
    public static DatabaseSettings embedded(Path dataDirectory, int poolSize) {
        Path file = dataDirectory.toAbsolutePath().normalize().resolve("db").resolve("courseport");
        return new DatabaseSettings(H2_FILE_PREFIX + file + H2_MODE + H2_FILE, "sa", "", poolSize);
    }

    /** A private in-memory H2 database, for tests and trials. */
    public static DatabaseSettings inMemory(String name) {
        return new DatabaseSettings("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_MODE, "sa", "", 4);
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The file of an H2 database on disk, when the URL names one. */
    public Optional<Path> h2File() {
        if (!url.startsWith(H2_FILE_PREFIX)) {
            return Optional.empty();
        }
        int options = url.indexOf(';');
        String name = url.substring(H2_FILE_PREFIX.length(), options < 0 ? url.length() : options);
        return Optional.of(Path.of(name + H2_FILE_SUFFIX));
    }
}
