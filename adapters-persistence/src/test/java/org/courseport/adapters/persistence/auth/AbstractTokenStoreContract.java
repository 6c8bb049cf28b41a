package org.courseport.adapters.persistence.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.domain.auth.ApiToken;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.TokenGrant;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.courseport.adapters.persistence.user.JdbiUserStore;
import org.courseport.application.contracts.TokenStoreContract;
import org.courseport.domain.auth.TokenStore;
import org.courseport.domain.user.UserStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The token-store contract on the database stores, run once per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractTokenStoreContract extends TokenStoreContract {
    private TestDatabase database;
    private JdbiUserStore users;
    private JdbiTokenStore tokens;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        users = new JdbiUserStore(database.jdbi());
        tokens = new JdbiTokenStore(database.jdbi());
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    /** A token kept before tokens had names becomes its holder's default token, with every scope. */
    @Test
    void theMigrationKeepsEachOlderTokenAsTheDefaultOne() throws Exception {
        ApiToken older = ApiToken.generate(new SecureRandom());
        try (TestDatabase old = openDatabase()) {
            var settings = old.settings();
            org.flywaydb.core.Flyway.configure().dataSource(settings.url(), settings.user(), settings.password())
                    .locations("classpath:db/migration").target("20.4").load().migrate();
            try (var connection = java.sql.DriverManager.getConnection(settings.url(), settings.user(),
                    settings.password()); var statement = connection.createStatement()) {
                statement.execute("""
                        insert into users (user_name, user_name_key, type, first_name, last_name, grace_credits, created_at, updated_at)
                        values ('olga', 'olga', 'ta', 'O', 'L', 0, current_timestamp, current_timestamp)""");
                statement.execute("insert into api_tokens (user_id, token_hash, created_at) select id, '"
                        + older.hash().hex() + "', current_timestamp from users where user_name = 'olga'");
            }
            Caller caller = new JdbiTokenStore(old.jdbi()).findCaller(older.hash()).orElseThrow();
            assertEquals(new Caller(new UserName("olga"), UserType.TA, TokenGrant.DEFAULT), caller);
        }
    }

    @Override
    protected UserStore users() {
        return users;
    }

    @Override
    protected TokenStore tokens() {
        return tokens;
    }
}
