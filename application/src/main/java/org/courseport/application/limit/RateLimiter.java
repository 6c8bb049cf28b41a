package org.courseport.application.limit;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.courseport.domain.limit.RateCounters;
import org.courseport.domain.limit.RateDecision;
import org.courseport.domain.limit.RateKey;
import org.courseport.domain.limit.RateLimit;
import org.courseport.domain.limit.RateLimits;

/**
 * Fixed-window rate limits, decided in memory and shared through {@link RateCounters}. A request costs
 * a map look-up and an atomic increment: it is counted locally, and judged against the window's
 * total as last read from the shared counters plus what this node counted since. {@link #sync()},
 * run every fraction of a second, adds this node's new counts to the shared ones and reads back the
 * total, which includes the other nodes'. So nodes agree within one sync period: a caller spreading
 * requests over N nodes may get up to N - 1 periods' worth of extra requests before every node
 * refuses it. A refused request is not counted, so a client that keeps knocking does not push its
 * window's count up for nothing.
 */
public final class RateLimiter implements ChargeRequest {
    private final RateCounters shared;
    private final RateLimits limits;
    private final Clock clock;
    private final ConcurrentHashMap<RateKey, Window> windows = new ConcurrentHashMap<>();

    /** One key's current window on this node. */
    private static final class Window {
        final long start;
        /** Counted here and not yet added to the shared counters. */
        final AtomicLong pending = new AtomicLong();
        /** The shared total at the last sync, this node's synced counts included. */
        volatile long known;

        Window(long start) {
            this.start = start;
        }
    }

    public RateLimiter(RateCounters shared, RateLimits limits, Clock clock) {
        this.shared = shared;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public RateDecision charge(RateKey key) {
        RateLimit limit = limits.of(key.limitClass());
        long now = clock.millis();
        long start = limit.windowStart(now);
        Window window = windows.get(key);
        if (window == null || window.start != start) {
            window = windows.compute(key, (k, old) -> old != null && old.start == start ? old : opened(k, start));
        }
        long count = window.known + window.pending.incrementAndGet();
        RateDecision decision = limit.decide(count, start, now);
        if (!decision.allowed()) {
            window.pending.decrementAndGet();
        }
        return decision;
    }

    /**
     * A window this node starts counting, knowing what the other nodes counted in it so far: one read
     * of the shared counters per key and window. Should they fail, the next sync catches up.
     */
    private Window opened(RateKey key, long start) {
        Window window = new Window(start);
        try {
            window.known = shared.add(key.id(), start, 0);
        } catch (RuntimeException e) {
            window.known = 0;
        }
        return window;
    }

    /**
     * Adds the counts made here since the last sync to the shared counters and takes back their totals;
     * forgets the windows that ended. A key whose shared counters fail keeps its counts for the next
     * sync; the first failure is thrown once every key was tried.
     */
    public void sync() {
        long now = clock.millis();
        RuntimeException failure = null;
        boolean anyEnded = false;
        for (Map.Entry<RateKey, Window> entry : windows.entrySet()) {
            RateKey key = entry.getKey();
            Window window = entry.getValue();
            RateLimit limit = limits.of(key.limitClass());
            if (window.start + limit.window().toMillis() <= now) {
                windows.remove(key, window);
                anyEnded = true;
                continue;
            }
            try {
                long added = window.pending.get();
                window.known = shared.add(key.id(), window.start, added);
                // Between the two lines a request sees its own count twice: it errs towards refusing.
                window.pending.addAndGet(-added);
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (anyEnded) {
            shared.forgetBefore(longAgo(now));
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Any window that started before this has ended, whatever its class. */
    private long longAgo(long now) {
        long longest = Math.max(limits.read().window().toMillis(),
                Math.max(limits.write().window().toMillis(), limits.anonymous().window().toMillis()));
        return now - longest;
    }
}
