package org.courseport.bootstrap.e2e;

import java.util.Map;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.bootstrap.testing.Cli;

/** The autograder's round trip again with the store, blobs included, in PostgreSQL. */
class PostgresGradingEndToEndTest extends GradingEndToEndTest {
    @Override
    protected boolean onPostgres() {
        return true;
    }

    @Override
    protected String newToken(String user) {
        DatabaseSettings store = postgres();
        return Cli.run(Map.of("COURSEPORT_DB_PASSWORD", store.password()),
                "token", "--user", user, "--db-url", store.url(), "--db-user", store.user()).out().strip();
    }
}
