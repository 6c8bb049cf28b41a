package org.courseport.adapters.persistence.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, isolated databases for tests: H2 in memory under a unique name, or a new schema in the
 * PostgreSQL named by {@code COURSEPORT_TEST_PG_URL} (with {@code COURSEPORT_TEST_PG_USER} and
 * {@code COURSEPORT_TEST_PG_PASSWORD}; the user needs the right to create schemas).
 *
 * <p>Without that URL the PostgreSQL tests are skipped, except in CI ({@code CI=true}), where a
 * missing PostgreSQL fails them so that a broken CI setup is never silently green.
 */
public final class TestDatabases {
    public static final String URL_VARIABLE = "COURSEPORT_TEST_PG_URL";
    public static final String USER_VARIABLE = "COURSEPORT_TEST_PG_USER";
    public static final String PASSWORD_VARIABLE = "COURSEPORT_TEST_PG_PASSWORD";
    private static final int POOL_SIZE = 4;

    private TestDatabases() {
    }

    public static TestDatabase h2() {
        DatabaseSettings settings = DatabaseSettings.inMemory("test_" + uniqueName());
        return new TestDatabase("H2", settings, () -> shutDownH2(settings));
    }

    /** A new, empty schema of the test PostgreSQL; aborts (or, in CI, fails) the test when there is none. */
    public static TestDatabase postgres() {
        String url = requirePostgresUrl();
        String user = System.getenv(USER_VARIABLE);
        String password = System.getenv(PASSWORD_VARIABLE);
        String schema = "test_" + uniqueName();
        execute(url, user, password, "create schema " + schema);
        DatabaseSettings settings = new DatabaseSettings(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password, POOL_SIZE);
        return new TestDatabase("PostgreSQL", settings, () -> execute(url, user, password, "drop schema " + schema + " cascade"));
    }

    /** Whether PostgreSQL tests run here. */
    public static boolean postgresConfigured() {
        String url = System.getenv(URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    private static String requirePostgresUrl() {
        if (!postgresConfigured()) {
            String why = URL_VARIABLE + " is not set, so there is no PostgreSQL to test against";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why + " (CI=true: .ci/run must start one)");
            }
            Assumptions.abort(why + "; see the README, \"Tests against your own PostgreSQL\"");
        }
        return System.getenv(URL_VARIABLE);
    }

    private static String uniqueName() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + url + ": " + e.getMessage(), e);
        }
    }

    private static void shutDownH2(DatabaseSettings settings) {
        execute(settings.url(), settings.user(), settings.password(), "shutdown");
    }
}
