package org.courseport.domain.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimitTest {

    @Test
    void readsRequestsPerWindowInSecondsMinutesOrHours() {
        assertEquals(new RateLimit(600, Duration.ofMinutes(1)), RateLimit.parse("600/1m"));
        assertEquals(new RateLimit(5, Duration.ofSeconds(10)), RateLimit.parse(" 5/10S "));
        assertEquals(new RateLimit(1, Duration.ofHours(2)), RateLimit.parse("1/2h"));
        assertEquals("600/60s", RateLimit.parse("600/1m").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "600", "600/", "/1m", "600/1d", "-1/1m", "0/1m", "600/0s", "a/1m", "600/1m/2"})
    void refusesAnythingElse(String text) {
        assertThrows(IllegalArgumentException.class, () -> RateLimit.parse(text));
    }

    @Test
    void refusesNullAndWindowsThatAreNotWholeSeconds() {
        assertThrows(IllegalArgumentException.class, () -> RateLimit.parse(null));
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(1, Duration.ofMillis(999)));
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(1, Duration.ofMillis(1500)));
        assertThrows(NullPointerException.class, () -> new RateLimit(1, null));
        assertEquals(1, new RateLimit(1, Duration.ofSeconds(1)).requests());
    }

    @Test
    void windowsStartAtMultiplesOfTheirLengthFromTheEpoch() {
        RateLimit perMinute = RateLimit.parse("10/1m");
        assertEquals(0, perMinute.windowStart(0));
        assertEquals(0, perMinute.windowStart(59_999));
        assertEquals(60_000, perMinute.windowStart(60_000));
        assertEquals(120_000, perMinute.windowStart(179_999));
    }

    @Test
    void allowsUpToTheLimitAndCountsDown() {
        RateLimit limit = RateLimit.parse("3/10s");
        RateDecision first = limit.decide(1, 10_000, 12_000);
        RateDecision third = limit.decide(3, 10_000, 12_000);
        RateDecision fourth = limit.decide(4, 10_000, 12_000);

        assertTrue(first.allowed());
        assertEquals(3, first.limit());
        assertEquals(2, first.remaining());
        assertTrue(third.allowed());
        assertEquals(0, third.remaining());
        assertFalse(fourth.allowed());
        assertEquals(0, fourth.remaining());
        assertEquals(3, fourth.limit());
    }

    @Test
    void resetsWhenTheWindowEndsInWholeSecondsRoundedUpAndAtLeastOne() {
        RateLimit limit = RateLimit.parse("3/10s");
        assertEquals(10, limit.decide(1, 10_000, 10_000).resetSeconds());
        assertEquals(8, limit.decide(1, 10_000, 12_000).resetSeconds());
        assertEquals(8, limit.decide(1, 10_000, 12_001).resetSeconds());
        assertEquals(1, limit.decide(1, 10_000, 19_999).resetSeconds());
        assertEquals(1, limit.decide(9, 10_000, 20_500).resetSeconds());
    }

    @Test
    void decisionsHoldTogether() {
        assertThrows(IllegalArgumentException.class, () -> new RateDecision(true, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new RateDecision(true, 2, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new RateDecision(true, 2, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> new RateDecision(true, 2, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new RateDecision(false, 2, 1, 1));
        assertEquals(2, new RateDecision(true, 2, 2, 1).remaining());
        assertFalse(new RateDecision(false, 2, 0, 1).allowed());
    }

    @Test
    void readsAreTheMethodsThatChangeNothing() {
        assertEquals(LimitClass.READ, LimitClass.ofMethod("GET"));
        assertEquals(LimitClass.READ, LimitClass.ofMethod("head"));
        assertEquals(LimitClass.READ, LimitClass.ofMethod("OPTIONS"));
        assertEquals(LimitClass.WRITE, LimitClass.ofMethod("POST"));
        assertEquals(LimitClass.WRITE, LimitClass.ofMethod("PUT"));
        assertEquals(LimitClass.WRITE, LimitClass.ofMethod("DELETE"));
        assertEquals(LimitClass.WRITE, LimitClass.ofMethod("PATCH"));
    }

    @Test
    void eachClassHasItsOwnLimit() {
        RateLimits limits = new RateLimits(RateLimit.parse("1/1s"), RateLimit.parse("2/1s"), RateLimit.parse("3/1s"));
        assertEquals(1, limits.of(LimitClass.READ).requests());
        assertEquals(2, limits.of(LimitClass.WRITE).requests());
        assertEquals(3, limits.of(LimitClass.ANONYMOUS).requests());
        assertThrows(NullPointerException.class, () -> new RateLimits(null, limits.write(), limits.anonymous()));
        assertThrows(NullPointerException.class, () -> new RateLimits(limits.read(), null, limits.anonymous()));
        assertThrows(NullPointerException.class, () -> new RateLimits(limits.read(), limits.write(), null));
        assertTrue(RateLimits.DEFAULTS.read().requests() > RateLimits.DEFAULTS.write().requests());
    }

    @Test
    void keysSeparateTokensClassesAndAddresses() {
        RateKey read = RateKey.token("ada", "ci", false);
        RateKey write = RateKey.token("ada", "ci", true);
        RateKey address = RateKey.address("10.0.0.1");

        assertEquals(LimitClass.READ, read.limitClass());
        assertEquals(LimitClass.WRITE, write.limitClass());
        assertEquals(LimitClass.ANONYMOUS, address.limitClass());
        assertEquals("read:token:ada/ci", read.id());
        assertEquals("write:token:ada/ci", write.id());
        assertEquals("anonymous:address:10.0.0.1", address.id());
        assertFalse(read.equals(RateKey.token("ada", "other", false)));
        assertThrows(IllegalArgumentException.class, () -> new RateKey(LimitClass.READ, " "));
        assertThrows(IllegalArgumentException.class, () -> new RateKey(LimitClass.READ, "x".repeat(201)));
        assertEquals(200, new RateKey(LimitClass.READ, "x".repeat(200)).subject().length());
        assertThrows(NullPointerException.class, () -> new RateKey(null, "x"));
        assertThrows(NullPointerException.class, () -> new RateKey(LimitClass.READ, null));
    }
}
