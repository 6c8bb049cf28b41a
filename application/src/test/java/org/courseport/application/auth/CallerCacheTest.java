package org.courseport.application.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.courseport.application.fixtures.MovableClock;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.CallerChanges;
import org.courseport.domain.auth.TokenHash;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

class CallerCacheTest {
    private static final TokenHash ALICE_TOKEN = new TokenHash("a".repeat(64));
    private static final TokenHash BOB_TOKEN = new TokenHash("b".repeat(64));
    private static final Caller ALICE = new Caller(new UserName("alice"), UserType.TA);
    private static final Caller BOB = new Caller(new UserName("bob"), UserType.ADMIN);

    private static final User ALICE_USER = user(1, "alice");
    private static final User BOB_USER = user(2, "bob");

    private final MovableClock clock = new MovableClock();
    private final CallerCache cache = new CallerCache(Duration.ofSeconds(1), 100, clock);
    private final AtomicInteger lookups = new AtomicInteger();

    private static User user(long id, String name) {
        Instant at = Instant.parse("2026-09-01T00:00:00Z");
        return new User(new UserId(id), new UserName(name), UserType.TA, new PersonalDetails("A", "B", null, null, 0), at, at);
    }

    private Supplier<Optional<Caller>> store(Caller caller) {
        return () -> {
            lookups.incrementAndGet();
            return Optional.ofNullable(caller);
        };
    }

    @Test
    void aKnownTokenIsLookedUpOncePerTimeToLive() {
        assertEquals(Optional.of(ALICE), cache.find(ALICE_TOKEN, store(ALICE)));
        clock.advance(Duration.ofMillis(999));
        assertEquals(Optional.of(ALICE), cache.find(ALICE_TOKEN, store(ALICE)));
        assertEquals(1, lookups.get());
        clock.advance(Duration.ofMillis(1));
        assertEquals(Optional.empty(), cache.find(ALICE_TOKEN, store(null)), "expired: the store says it is gone");
        assertEquals(2, lookups.get());
    }

    @Test
    void aUserIsReadOncePerTimeToLiveAndForgottenWithTheirTokens() {
        Supplier<Optional<User>> aliceInStore = () -> {
            lookups.incrementAndGet();
            return Optional.of(ALICE_USER);
        };
        assertEquals(Optional.of(ALICE_USER), cache.findUser(ALICE_USER.id(), aliceInStore));
        clock.advance(Duration.ofMillis(999));
        assertEquals(Optional.of(ALICE_USER), cache.findUser(ALICE_USER.id(), aliceInStore));
        assertEquals(1, lookups.get());
        clock.advance(Duration.ofMillis(1));
        cache.findUser(ALICE_USER.id(), aliceInStore);
        assertEquals(2, lookups.get(), "expired");

        cache.findUser(BOB_USER.id(), () -> Optional.of(BOB_USER));
        cache.forget(ALICE.name());
        assertEquals(Optional.empty(), cache.findUser(ALICE_USER.id(), Optional::empty), "forgotten with her tokens");
        assertEquals(Optional.of(BOB_USER), cache.findUser(BOB_USER.id(), Optional::empty), "others are kept");
        cache.forgetAll();
        assertEquals(Optional.empty(), cache.findUser(BOB_USER.id(), Optional::empty));
    }

    @Test
    void aUserChangedElsewhereIsForgottenHere() {
        Wire wire = new Wire();
        CallerCache shared = new CallerCache(Duration.ofMinutes(1), 100, clock, wire);
        shared.findUser(ALICE_USER.id(), () -> Optional.of(ALICE_USER));
        assertEquals(Optional.empty(), shared.findUser(ALICE_USER.id(), Optional::empty), "not kept before hearing");
        wire.listener.hearing();
        shared.findUser(ALICE_USER.id(), () -> Optional.of(ALICE_USER));
        assertEquals(Optional.of(ALICE_USER), shared.findUser(ALICE_USER.id(), Optional::empty));
        wire.listener.changed(CallerChanges.Change.of(ALICE.name()));
        assertEquals(Optional.empty(), shared.findUser(ALICE_USER.id(), Optional::empty));
    }

    @Test
    void anUnknownTokenIsAskedForEveryTime() {
        cache.find(ALICE_TOKEN, store(null));
        cache.find(ALICE_TOKEN, store(null));
        assertEquals(2, lookups.get());
    }

    @Test
    void forgettingAUserDropsOnlyTheirToken() {
        cache.find(ALICE_TOKEN, store(ALICE));
        cache.find(BOB_TOKEN, store(BOB));
        cache.forget(ALICE.name());
        assertEquals(Optional.empty(), cache.find(ALICE_TOKEN, store(null)));
        assertEquals(Optional.of(BOB), cache.find(BOB_TOKEN, store(null)));
        assertEquals(3, lookups.get());
    }

    @Test
    void forgettingAllDropsEveryToken() {
        cache.find(ALICE_TOKEN, store(ALICE));
        cache.find(BOB_TOKEN, store(BOB));
        cache.forgetAll();
        assertEquals(Optional.empty(), cache.find(ALICE_TOKEN, store(null)));
        assertEquals(Optional.empty(), cache.find(BOB_TOKEN, store(null)));
    }

    @Test
    void aLookupThatRacedARevocationIsNotKept() {
        Supplier<Optional<Caller>> readBeforeTheRevocationLanded = () -> {
            cache.forgetAll();
            return Optional.of(ALICE);
        };
        assertEquals(Optional.of(ALICE), cache.find(ALICE_TOKEN, readBeforeTheRevocationLanded));
        assertEquals(Optional.empty(), cache.find(ALICE_TOKEN, store(null)), "the stale answer was not cached");
    }

    @Test
    void theCacheNeverHoldsMoreThanItsCapacity() {
        CallerCache small = new CallerCache(Duration.ofSeconds(1), 2, clock);
        small.find(ALICE_TOKEN, store(ALICE));
        small.find(BOB_TOKEN, store(BOB));
        small.find(new TokenHash("c".repeat(64)), store(ALICE));
        small.find(ALICE_TOKEN, store(ALICE));
        assertEquals(4, lookups.get(), "the third token emptied the cache");
    }

    @Test
    void offAsksTheStoreEveryTime() {
        CallerCache off = CallerCache.off();
        off.find(ALICE_TOKEN, store(ALICE));
        off.find(ALICE_TOKEN, store(ALICE));
        assertEquals(2, lookups.get());
        assertTrue(off.find(BOB_TOKEN, store(null)).isEmpty());
    }

    /** Changes as another process would announce them, and the connection they come through. */
    private static final class Wire implements CallerChanges {
        final java.util.List<Change> announced = new java.util.ArrayList<>();
        Listener listener;

        @Override
        public void announce(Change change) {
            announced.add(change);
        }

        @Override
        public void listen(Listener l) {
            listener = l;
        }
    }

    @Test
    void changesMadeHereAreAnnouncedToTheOtherProcesses() {
        Wire wire = new Wire();
        CallerCache shared = new CallerCache(Duration.ofSeconds(1), 100, clock, wire);
        shared.forget(ALICE.name());
        shared.forgetAll();
        assertEquals(java.util.List.of(CallerChanges.Change.of(ALICE.name()), CallerChanges.Change.everyone()), wire.announced);
    }

    @Test
    void nothingIsKeptUntilChangesCanBeHeardNorAfterTheyCannot() {
        Wire wire = new Wire();
        CallerCache shared = new CallerCache(Duration.ofSeconds(1), 100, clock, wire);
        shared.find(ALICE_TOKEN, store(ALICE));
        shared.find(ALICE_TOKEN, store(ALICE));
        assertEquals(2, lookups.get(), "not yet hearing");

        wire.listener.hearing();
        shared.find(ALICE_TOKEN, store(ALICE));
        shared.find(ALICE_TOKEN, store(ALICE));
        assertEquals(3, lookups.get(), "hearing: kept");

        wire.listener.deaf();
        assertEquals(Optional.empty(), shared.find(ALICE_TOKEN, store(null)), "deaf: dropped and not kept");
        shared.find(ALICE_TOKEN, store(ALICE));
        assertEquals(5, lookups.get());
    }

    @Test
    void changesHeardFromElsewhereAreForgottenHereWithoutAnnouncingThemAgain() {
        Wire wire = new Wire();
        CallerCache shared = new CallerCache(Duration.ofMinutes(1), 100, clock, wire);
        wire.listener.hearing();
        shared.find(ALICE_TOKEN, store(ALICE));
        shared.find(BOB_TOKEN, store(BOB));

        wire.listener.changed(CallerChanges.Change.of(ALICE.name()));
        assertEquals(Optional.empty(), shared.find(ALICE_TOKEN, store(null)));
        assertEquals(Optional.of(BOB), shared.find(BOB_TOKEN, store(null)));

        wire.listener.changed(CallerChanges.Change.everyone());
        assertEquals(Optional.empty(), shared.find(BOB_TOKEN, store(null)));
        assertTrue(wire.announced.isEmpty());
    }

    @Test
    void reconnectingDropsWhatWasKeptBeforeForChangesMayHaveBeenMissed() {
        Wire wire = new Wire();
        CallerCache shared = new CallerCache(Duration.ofMinutes(1), 100, clock, wire);
        wire.listener.hearing();
        shared.find(ALICE_TOKEN, store(ALICE));
        wire.listener.hearing();
        assertEquals(Optional.empty(), shared.find(ALICE_TOKEN, store(null)));
    }

    @Test
    void aCacheThatIsOffDoesNotListenButStillAnnounces() {
        Wire wire = new Wire();
        CallerCache off = CallerCache.off(wire);
        off.forget(BOB.name());
        assertEquals(null, wire.listener);
        assertEquals(1, wire.announced.size());
    }
}
