package org.courseport.adapters.persistence.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.courseport.application.auth.CallerCache;
import org.courseport.domain.auth.ApiToken;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.TokenHash;
import org.courseport.domain.user.UserType;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;
import org.courseport.adapters.persistence.embedding.JdbiStores;
import org.courseport.domain.auth.CallerChanges;
import org.courseport.domain.user.UserName;
import org.junit.jupiter.api.Test;

/** Two processes on one PostgreSQL schema hear each other's caller changes within a second; other schemas do not. */
class PostgresCallerChangesTest {

    private static final class Heard implements CallerChanges.Listener {
        final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

        @Override
        public void changed(CallerChanges.Change change) {
            events.add(change);
        }

        @Override
        public void deaf() {
            events.add("deaf");
        }

        @Override
        public void hearing() {
            events.add("hearing");
        }

        Object next() throws InterruptedException {
            return events.poll(1, TimeUnit.SECONDS);
        }
    }

    @Test
    void aChangeAnnouncedByOneProcessIsHeardByAnotherWithinASecond() throws Exception {
        try (TestDatabase database = TestDatabases.postgres(); TestDatabase elsewhere = TestDatabases.postgres()) {
            CallerChanges announcer = JdbiStores.on(database.jdbi(), java.time.Clock.systemUTC(), "a").callerChanges();
            CallerChanges listener = new PostgresCallerChanges(database.jdbi());
            CallerChanges otherSchema = new PostgresCallerChanges(elsewhere.jdbi());
            Heard heard = new Heard();
            Heard heardElsewhere = new Heard();
            try {
                listener.listen(heard);
                otherSchema.listen(heardElsewhere);
                assertEquals("hearing", heard.next());
                assertEquals("hearing", heardElsewhere.next());

                announcer.announce(CallerChanges.Change.of(new UserName("tess")));
                announcer.announce(CallerChanges.Change.everyone());

                assertEquals(CallerChanges.Change.of(new UserName("tess")), heard.next());
                assertEquals(CallerChanges.Change.everyone(), heard.next());
                assertEquals(null, heardElsewhere.events.poll(300, TimeUnit.MILLISECONDS), "another schema's change");
            } finally {
                listener.close();
                otherSchema.close();
            }
            assertTrue(heard.events.contains("deaf"), "closing stops hearing");
        }
    }

    @Test
    void aCacheOnPostgresKeepsCallersUntilAnotherProcessRevokesThem() throws Exception {
        try (TestDatabase database = TestDatabases.postgres()) {
            PostgresCallerChanges here = new PostgresCallerChanges(database.jdbi());
            PostgresCallerChanges elsewhere = new PostgresCallerChanges(database.jdbi());
            try {
                CallerCache cache = new CallerCache(Duration.ofMinutes(10), 100, Clock.systemUTC(), here);
                TokenHash hash = ApiToken.generate(new SecureRandom()).hash();
                Caller tess = new Caller(new UserName("tess"), UserType.TA);
                AtomicInteger lookups = new AtomicInteger();
                Supplier<Optional<Caller>> store = () -> {
                    lookups.incrementAndGet();
                    return Optional.of(tess);
                };
                long deadline = System.currentTimeMillis() + 5_000;
                while (true) {
                    cache.find(hash, store);
                    int looked = lookups.get();
                    cache.find(hash, store);
                    if (lookups.get() == looked) {
                        break;
                    }
                    assertTrue(System.currentTimeMillis() < deadline, "the cache never started keeping callers");
                    Thread.sleep(20);
                }

                elsewhere.announce(CallerChanges.Change.of(new UserName("tess")));
                long announced = System.currentTimeMillis();
                int seen = lookups.get();
                while (lookups.get() == seen) {
                    assertTrue(System.currentTimeMillis() - announced < 1_000, "not forgotten within a second");
                    Thread.sleep(10);
                    cache.find(hash, store);
                }
            } finally {
                here.close();
                elsewhere.close();
            }
        }
    }
}
