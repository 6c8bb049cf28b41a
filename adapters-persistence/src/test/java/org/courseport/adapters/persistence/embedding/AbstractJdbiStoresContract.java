package org.courseport.adapters.persistence.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Courseport inside a host's database: its tables in a schema of their own, next to a host table of
 * the same name, through the host's own pool. The pool is as small as Flyway allows (two
 * connections), so a schema left switched on one would show at once.
 */
public abstract class AbstractJdbiStoresContract {
    private static final Clock CLOCK = Clock.systemUTC();

    private TestDatabase database;
    private HikariDataSource hostPool;
    private Jdbi host;
    private String schema;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void hostWithItsOwnUsersTable() {
        database = openDatabase();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.settings().url());
        config.setUsername(database.settings().user());
        config.setPassword(database.settings().password());
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(5_000);
        hostPool = new HikariDataSource(config);
        host = Jdbi.create(hostPool);
        host.useHandle(h -> h.execute("create table users (login varchar(40) primary key)"));
        host.useHandle(h -> h.execute("insert into users (login) values ('host-only')"));
        schema = "courseport_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    @AfterEach
    void dropEverything() {
        if (hostPool == null) {
            return; // skipped: no such database here
        }
        try {
            host.useHandle(h -> h.execute("drop schema if exists " + schema + " cascade"));
        } finally {
            hostPool.close();
            database.close();
        }
    }

    @Test
    void courseportsTablesLiveInTheirSchemaBesideTheHostsOwn() {
        JdbiStores stores = JdbiStores.migrate(hostPool, schema, CLOCK);
        User created = stores.users().create(newUser("robot"), Instant.now());

        assertEquals(created, stores.users().findByName(new UserName("robot")).orElseThrow());
        assertEquals(List.of("host-only"), host.withHandle(h -> h.createQuery("select login from users").mapTo(String.class).list()));
        assertEquals(List.of("robot"), host.withHandle(h -> h.createQuery("select user_name from " + schema + ".users")
                .mapTo(String.class).list()));
    }

    @Test
    void theHostGetsItsConnectionBackInItsOwnSchema() throws SQLException, IOException {
        String hostSchema = schemaOfEveryPooledConnection();
        JdbiStores stores = JdbiStores.migrate(hostPool, schema, CLOCK);
        stores.users().create(newUser("robot"), Instant.now());
        StoredBlob blob = stores.blobs().put(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)));
        try (InputStream in = stores.blobs().open(blob.id()).orElseThrow()) {
            assertEquals("hello", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        assertEquals(hostSchema, schemaOfEveryPooledConnection());
        assertEquals(List.of("host-only"), host.withHandle(h -> h.createQuery("select login from users").mapTo(String.class).list()));
    }

    @Test
    void migratingAgainOnTheNextStartChangesNothing() {
        JdbiStores.migrate(hostPool, schema, CLOCK).users().create(newUser("robot"), Instant.now());
        JdbiStores again = JdbiStores.migrate(hostPool, schema, CLOCK);
        assertTrue(again.users().findByName(new UserName("robot")).isPresent());
    }

    @Test
    void aSchemaNameIsPlainLowercase() {
        for (String bad : new String[] {"Courseport", "course-port", "x;drop table users", "", "9lives"}) {
            assertThrows(IllegalArgumentException.class, () -> JdbiStores.migrate(hostPool, bad, CLOCK), bad);
        }
    }

    /** Borrows both connections at once, so each is looked at. */
    private String schemaOfEveryPooledConnection() throws SQLException {
        try (Connection first = hostPool.getConnection(); Connection second = hostPool.getConnection()) {
            assertEquals(first.getSchema(), second.getSchema());
            return first.getSchema();
        }
    }

    private static NewUser newUser(String name) {
        return new NewUser(new UserName(name), UserType.TA, new PersonalDetails("Ro", "Bot", null, null, 0));
    }
}
