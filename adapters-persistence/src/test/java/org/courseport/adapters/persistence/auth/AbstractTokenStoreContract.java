package org.courseport.adapters.persistence.auth;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.user.JdbiUserStore;
import org.courseport.application.contracts.TokenStoreContract;
import org.courseport.domain.auth.TokenStore;
import org.courseport.domain.user.UserStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

    @Override
    protected UserStore users() {
        return users;
    }

    @Override
    protected TokenStore tokens() {
        return tokens;
    }
}
