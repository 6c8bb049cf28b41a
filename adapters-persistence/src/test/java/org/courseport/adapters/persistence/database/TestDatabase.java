package org.courseport.adapters.persistence.database;

import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * A database of one test class's own: H2 in memory or a PostgreSQL schema. It is migrated when first
 * opened here; a server under test can instead be handed {@link #settings()} and migrate it itself.
 * Closing it drops it.
 */
public final class TestDatabase implements AutoCloseable {
    private final String kind;
    private final DatabaseSettings settings;
    private final Runnable drop;
    private Database database;

    TestDatabase(String kind, DatabaseSettings settings, Runnable drop) {
        this.kind = Objects.requireNonNull(kind);
        this.settings = Objects.requireNonNull(settings);
        this.drop = Objects.requireNonNull(drop);
    }

    /** Where it is and how to log in: pass these to {@code serve --db-url ... --db-user ... --db-password ...}. */
    public DatabaseSettings settings() {
        return settings;
    }

    /** "H2" or "PostgreSQL". */
    public String kind() {
        return kind;
    }

    public boolean isPostgres() {
        return settings.isPostgres();
    }

    /** The migrated database behind a small pool, opened on first use. */
    public synchronized Database database() {
        if (database == null) {
            database = Database.open(settings);
        }
        return database;
    }

    public Jdbi jdbi() {
        return database().jdbi();
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
        drop.run();
    }

    @Override
    public String toString() {
        return kind;
    }
}
