package org.courseport.bootstrap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;
import org.courseport.adapters.rest.testing.ApiClient;

/**
 * Two {@code serve} processes, east and west, started together on one fresh PostgreSQL schema, as behind a
 * load balancer. Closing stops both (each must exit 0) and drops the schema. Their data folders are under
 * {@code target}, not a temporary directory, so the nodes' logs stay for a look after a failure.
 */
public final class TwoNodes implements AutoCloseable {
    private final Path folder = Path.of("target", "e2e-nodes", UUID.randomUUID().toString()).toAbsolutePath();
    private final TestDatabase database;
    private final List<ServerProcess> started = new ArrayList<>();
    public final ServerProcess east;
    public final ServerProcess west;
    /** The first admin's token, printed by whichever node created the admin. */
    public final String adminToken;
    public final ApiClient eastAdmin;
    public final ApiClient westAdmin;

    private TwoNodes(String... flags) {
        database = TestDatabases.postgres();
        try {
            east = launch("east", flags);
            west = launch("west", flags);
            east.awaitHealthy();
            west.awaitHealthy();
            List<String> tokens = Stream.of(east.adminToken(), west.adminToken()).flatMap(Optional::stream).toList();
            assertEquals(1, tokens.size(), "exactly one node creates the first admin");
            adminToken = tokens.get(0);
        } catch (RuntimeException | Error e) {
            closeQuietly(e);
            throw e;
        }
        eastAdmin = east.client(adminToken);
        westAdmin = west.client(adminToken);
    }

    /** Starts both nodes with these {@code serve} flags and waits until both answer. */
    public static TwoNodes start(String... flags) {
        return new TwoNodes(flags);
    }

    /** The schema both nodes share. */
    public TestDatabase database() {
        return database;
    }

    /** One more node on the same schema, which the caller stops. */
    public ServerProcess launchAnother(String name, String... flags) {
        return ServerProcess.launch(folder.resolve(name), database.settings(), flags);
    }

    private ServerProcess launch(String name, String... flags) {
        ServerProcess node = launchAnother(name, flags);
        started.add(node);
        return node;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            started.forEach(ServerProcess::requestStop);
            for (ServerProcess node : started) {
                assertEquals(0, node.awaitExit(), node.log());
            }
        } finally {
            database.close();
        }
    }

    private void closeQuietly(Throwable cause) {
        try {
            close();
        } catch (InterruptedException | RuntimeException | Error e) {
            cause.addSuppressed(e);
        }
    }
}
