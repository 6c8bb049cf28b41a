package org.courseport.adapters.persistence.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.application.contracts.UserStoreContract;
import org.courseport.application.query.CollectionQueries;
import org.courseport.application.query.CollectionRequest;
import org.courseport.domain.user.UserSchema;
import org.courseport.domain.user.UserStore;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The user-store contract on the database store, and what only a database does (migrations, cursors), run once per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractUserStoreContract extends UserStoreContract {
    private TestDatabase database;
    private JdbiUserStore store;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        store = new JdbiUserStore(database.jdbi());
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected UserStore store() {
        return store;
    }

    /** The migration to case-insensitive names fails loudly on names that already collide, merging nothing. */
    @Test
    void theMigrationRefusesExistingNamesDifferingOnlyInCase() throws Exception {
        try (TestDatabase old = openDatabase()) {
            var settings = old.settings();
            org.flywaydb.core.Flyway.configure().dataSource(settings.url(), settings.user(), settings.password())
                    .locations("classpath:db/migration").target("5.3").load().migrate();
            try (var connection = java.sql.DriverManager.getConnection(settings.url(), settings.user(),
                    settings.password()); var statement = connection.createStatement()) {
                statement.execute("""
                        insert into users (user_name, type, first_name, last_name, grace_credits, created_at, updated_at)
                        values ('Alice', 'student', 'A', 'L', 0, current_timestamp, current_timestamp),
                               ('alice', 'student', 'A', 'L', 0, current_timestamp, current_timestamp)""");
            }
            RuntimeException failure = assertThrows(RuntimeException.class, old::database);
            assertTrue(String.valueOf(failure.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("user_name_key"),
                    failure.getMessage());
        }
    }

    @Test
    void streamsManyRowsInOrderThroughACursor() {
        String section = section();
        int count = 3_000;
        database.jdbi().useHandle(h -> {
            var batch = h.prepareBatch("""
                    insert into users (user_name, user_name_key, type, first_name, last_name, section_name, grace_credits,
                                       created_at, updated_at)
                    values (:name, lower(:name), 'student', 'Many', 'Rows', :section, 0, current_timestamp, current_timestamp)""");
            for (int i = 0; i < count; i++) {
                batch.bind("name", section + "-" + i).bind("section", section).add();
            }
            batch.execute();
        });
        AtomicBoolean streamedThroughACursor = new AtomicBoolean();
        Jdbi observed = Jdbi.create(database.database().dataSource());
        observed.getConfig(SqlStatements.class).addCustomizer(new StatementCustomizer() {
            @Override
            public void afterExecution(PreparedStatement statement, StatementContext ctx) throws SQLException {
                // PostgreSQL's driver fetches in chunks only with a fetch size, outside autocommit.
                if (statement.getFetchSize() > 0 && !statement.getConnection().getAutoCommit()) {
                    streamedThroughACursor.set(true);
                }
            }
        });
        JdbiUserStore watched = new JdbiUserStore(observed);

        List<String> names = new ArrayList<>();
        watched.list(CollectionQueries.parse(UserSchema.SCHEMA, new CollectionRequest("section_name:" + section,
                null, null, null, null))).rows().forEach(user -> names.add(user.userName().value()));

        assertEquals(count, names.size());
        assertEquals(section + "-0", names.get(0));
        assertEquals(section + "-" + (count - 1), names.get(count - 1));
        assertTrue(streamedThroughACursor.get(), "the listing should fetch with a fetch size inside a transaction");
    }
}
