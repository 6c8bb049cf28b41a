package org.courseport.adapters.persistence.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.courseport.adapters.persistence.files.OwnerOnly;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/** A migrated database behind a connection pool, and the JDBI handle factory on it. */
public final class Database implements AutoCloseable {
    private static final String MIGRATIONS = "classpath:db/migration";
    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /** Opens the pool and brings the schema up to date before anything reads it. */
    public static Database open(DatabaseSettings settings) {
        settings.h2File().ifPresent(Database::createOwnerOnly);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setPoolName("courseport");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            migrate(pool);
            return new Database(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** H2 would create its file and folder with the process's umask, readable by every local user. */
    private static void createOwnerOnly(Path file) {
        try {
            OwnerOnly.createDirectories(file.toAbsolutePath().getParent());
            OwnerOnly.createFileIfMissing(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database file " + file, e);
        }
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();
    }

    /**
     * Brings Courseport's tables in {@code schema} up to date, creating the schema if it is missing;
     * Flyway's history table lives there too, apart from any history of the host's own.
     */
    public static void migrate(DataSource dataSource, String schema) {
        Flyway.configure().dataSource(dataSource).locations(MIGRATIONS)
                .schemas(schema).defaultSchema(schema).createSchemas(true)
                .load().migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
