package org.courseport.adapters.persistence.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.user.JdbiUserStore;
import org.courseport.application.auth.TokenService;
import org.courseport.domain.auth.ApiToken;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.user.UserSchema;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Several nodes starting together on one empty store: each migrates the schema and tries to create
 * the first admin, and exactly one of them does.
 */
public abstract class AbstractFirstStartContract {
    private static final int NODES = 3;

    protected abstract TestDatabase newDatabase();

    @RepeatedTest(3)
    void nodesStartingTogetherMigrateOnceAndCreateOneAdmin() throws Exception {
        try (TestDatabase shared = newDatabase()) {
            CyclicBarrier start = new CyclicBarrier(NODES);
            ExecutorService nodes = Executors.newFixedThreadPool(NODES);
            List<Future<Optional<ApiToken>>> outcomes = new ArrayList<>();
            try {
                for (int i = 0; i < NODES; i++) {
                    outcomes.add(nodes.submit(() -> {
                        start.await();
                        try (Database node = Database.open(shared.settings())) {
                            return service(node).createIfEmpty();
                        }
                    }));
                }
                List<ApiToken> tokens = new ArrayList<>();
                for (Future<Optional<ApiToken>> outcome : outcomes) {
                    outcome.get().ifPresent(tokens::add);
                }

                assertEquals(1, tokens.size(), "exactly one node creates the admin");
                assertEquals(1, countUsers(shared));
                assertEquals("admin", service(shared.database()).authenticate(tokens.get(0).reveal()).name().value());
            } finally {
                nodes.shutdownNow();
            }
        }
    }

    private static TokenService service(Database database) {
        return new TokenService(new JdbiUserStore(database.jdbi()), new JdbiTokenStore(database.jdbi()),
                Clock.systemUTC(), new SecureRandom());
    }

    private static long countUsers(TestDatabase database) {
        long[] count = {0};
        new JdbiUserStore(database.jdbi()).list(CollectionQuery.all(UserSchema.SCHEMA)).rows().forEach(u -> count[0]++);
        return count[0];
    }
}
