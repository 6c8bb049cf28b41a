package org.courseport.application.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.courseport.application.fixtures.MovableClock;
import org.courseport.domain.limit.RateCounters;
import org.courseport.domain.limit.RateDecision;
import org.courseport.domain.limit.RateKey;
import org.courseport.domain.limit.RateLimit;
import org.courseport.domain.limit.RateLimits;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private static final RateLimits LIMITS = new RateLimits(RateLimit.parse("3/10s"), RateLimit.parse("2/10s"),
            RateLimit.parse("1/60s"));
    private static final RateKey ADA_READS = RateKey.token("ada", "default", false);
    private static final RateKey ADA_WRITES = RateKey.token("ada", "default", true);

    private final MovableClock clock = new MovableClock();
    private final InProcessRateCounters shared = new InProcessRateCounters();
    private final RateLimiter limiter = new RateLimiter(shared, LIMITS, clock);

    @Test
    void allowsTheLimitThenRefusesUntilTheWindowEnds() {
        assertEquals(List.of(2L, 1L, 0L), remaining(limiter, ADA_READS, 3));
        RateDecision refused = limiter.charge(ADA_READS);
        assertFalse(refused.allowed());
        assertEquals(10, refused.resetSeconds());

        clock.advance(Duration.ofSeconds(4));
        assertEquals(6, limiter.charge(ADA_READS).resetSeconds());
        clock.advance(Duration.ofSeconds(6));

        RateDecision next = limiter.charge(ADA_READS);
        assertTrue(next.allowed());
        assertEquals(2, next.remaining());
    }

    @Test
    void readsWritesTokensAndAddressesEachHaveTheirOwnAllowance() {
        remaining(limiter, ADA_READS, 3);

        assertTrue(limiter.charge(ADA_WRITES).allowed());
        assertTrue(limiter.charge(RateKey.token("ada", "ci", false)).allowed());
        assertTrue(limiter.charge(RateKey.token("bob", "default", false)).allowed());
        assertTrue(limiter.charge(RateKey.address("10.0.0.1")).allowed());
        assertFalse(limiter.charge(RateKey.address("10.0.0.1")).allowed());
        assertTrue(limiter.charge(RateKey.address("10.0.0.2")).allowed());
        assertEquals(60, limiter.charge(RateKey.address("10.0.0.2")).resetSeconds());
    }

    @Test
    void aRefusedRequestIsNotCounted() {
        remaining(limiter, ADA_WRITES, 2);
        for (int i = 0; i < 5; i++) {
            assertFalse(limiter.charge(ADA_WRITES).allowed());
        }
        limiter.sync();

        assertEquals(2, shared.add(ADA_WRITES.id(), windowStart(10_000), 0));
    }

    @Test
    void nodesSharingCountersShareTheAllowanceOnceSynced() {
        RateLimiter other = new RateLimiter(shared, LIMITS, clock);
        remaining(limiter, ADA_READS, 2);
        limiter.sync();
        other.sync();

        assertEquals(List.of(0L), remaining(other, ADA_READS, 1));
        assertFalse(other.charge(ADA_READS).allowed());
        other.sync();
        limiter.sync();
        assertFalse(limiter.charge(ADA_READS).allowed());
    }

    @Test
    void beforeASyncEachNodeJudgesByWhatItKnows() {
        RateLimiter other = new RateLimiter(shared, LIMITS, clock);
        assertTrue(other.charge(ADA_READS).allowed());
        remaining(limiter, ADA_READS, 3);

        assertTrue(other.charge(ADA_READS).allowed(), "the other node has not heard of these yet");
        limiter.sync();
        other.sync();

        assertEquals(5, shared.add(ADA_READS.id(), windowStart(10_000), 0));
        assertFalse(other.charge(ADA_READS).allowed());
    }

    @Test
    void aNodeOpeningAWindowReadsWhatTheOthersCountedInIt() {
        remaining(limiter, ADA_READS, 3);
        limiter.sync();
        RateLimiter other = new RateLimiter(shared, LIMITS, clock);

        assertFalse(other.charge(ADA_READS).allowed());
    }

    @Test
    void aNodeOpensAWindowEvenWhileTheSharedCountersFail() {
        FailingCounters failing = new FailingCounters(shared);
        failing.failing = true;
        RateLimiter node = new RateLimiter(failing, LIMITS, clock);

        assertEquals(List.of(2L, 1L, 0L), remaining(node, ADA_READS, 3));
    }

    @Test
    void syncingAddsOnlyWhatIsNewAndForgetsEndedWindows() {
        remaining(limiter, ADA_READS, 2);
        limiter.sync();
        limiter.sync();
        assertEquals(2, shared.add(ADA_READS.id(), windowStart(10_000), 0));
        long oldWindow = windowStart(10_000);
        remaining(limiter, RateKey.address("10.0.0.9"), 1);

        clock.advance(Duration.ofSeconds(10));
        limiter.sync();

        assertEquals(2, shared.add(ADA_READS.id(), oldWindow, 0), "kept while a longer window could still count");
        assertEquals(1, shared.add(RateKey.address("10.0.0.9").id(), windowStart(60_000), 0),
                "the minute-long window is still counting");
        assertEquals(List.of(2L), remaining(limiter, ADA_READS, 1));

        clock.advance(Duration.ofSeconds(60));
        limiter.sync();
        assertEquals(0, shared.add(ADA_READS.id(), oldWindow, 0), "the ended window's count is forgotten");
    }

    @Test
    void countsKeptWhileTheSharedStoreFailsAreAddedLater() {
        FailingCounters failing = new FailingCounters(shared);
        RateLimiter node = new RateLimiter(failing, LIMITS, clock);
        remaining(node, ADA_READS, 2);
        remaining(node, ADA_WRITES, 1);
        failing.failing = true;

        RuntimeException thrown = assertThrows(IllegalStateException.class, node::sync);
        assertSame(failing.failure, thrown);
        assertEquals(2, failing.attempts, "every key is tried, the first failure thrown");
        assertEquals(List.of(0L), remaining(node, ADA_READS, 1));

        failing.failing = false;
        node.sync();
        assertEquals(3, shared.add(ADA_READS.id(), windowStart(10_000), 0));
        assertEquals(1, shared.add(ADA_WRITES.id(), windowStart(10_000), 0));
    }

    @Test
    void theLimitIsExactOnOneNodeWithoutSyncing() {
        RateLimiter busy = new RateLimiter(shared, new RateLimits(RateLimit.parse("100/10s"), LIMITS.write(),
                LIMITS.anonymous()), clock);
        int allowed = 0;
        for (int i = 0; i < 150; i++) {
            if (busy.charge(ADA_READS).allowed()) {
                allowed++;
            }
            if (i % 40 == 0) {
                busy.sync();
            }
        }
        assertEquals(100, allowed);
    }

    private long windowStart(long windowMillis) {
        return clock.millis() - Math.floorMod(clock.millis(), windowMillis);
    }

    private static List<Long> remaining(RateLimiter limiter, RateKey key, int requests) {
        List<Long> remaining = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            RateDecision decision = limiter.charge(key);
            assertTrue(decision.allowed());
            remaining.add(decision.remaining());
        }
        return remaining;
    }

    /** Shared counters that fail while told to. */
    private static final class FailingCounters implements RateCounters {
        private final RateCounters real;
        private final IllegalStateException failure = new IllegalStateException("database away");
        private boolean failing;
        private int attempts;

        FailingCounters(RateCounters real) {
            this.real = real;
        }

        @Override
        public long add(String key, long windowStart, long amount) {
            if (failing) {
                attempts++;
                throw failure;
            }
            return real.add(key, windowStart, amount);
        }

        @Override
        public void forgetBefore(long windowStart) {
            real.forgetBefore(windowStart);
        }
    }
}
