package org.courseport.application.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.CallerChanges;
import org.courseport.domain.auth.TokenHash;
import org.courseport.domain.user.UserName;

/**
 * Callers recently authenticated, by token hash, so a burst of requests does not look the same token
 * up in the store each time. Changes made through this process (a token replaced or revoked, every token
 * revoked, a user changed or deleted) take effect at once; this process announces them through its
 * {@link CallerChanges}, and hears those of other processes on the same store (the {@code token} and
 * {@code reset-tokens} commands, another node on PostgreSQL) the same way, within a second. While it
 * cannot hear them (the connection lost), it keeps nothing. The time to live only bounds how long an
 * entry lives at all. Only known tokens are kept, at most {@code capacity} of them.
 */
public final class CallerCache {
    private final long ttlMillis;
    private final int capacity;
    private final Clock clock;
    private final ConcurrentHashMap<TokenHash, Entry> entries = new ConcurrentHashMap<>();
    /** Moves on every invalidation, so a lookup that raced one does not keep what it read before it. */
    private final AtomicLong generation = new AtomicLong();
    private final CallerChanges changes;
    /** Whether changes made elsewhere are heard; if not, nothing is kept. */
    private volatile boolean hearing;

    private record Entry(Caller caller, long expiresAt) {
    }

    /** A cache for a store only this process uses. */
    public CallerCache(Duration ttl, int capacity, Clock clock) {
        this(ttl, capacity, clock, CallerChanges.SINGLE_PROCESS);
    }

    public CallerCache(Duration ttl, int capacity, Clock clock, CallerChanges changes) {
        if (ttl.isNegative() || capacity < 1) {
            throw new IllegalArgumentException("the time to live must not be negative and the capacity positive");
        }
        this.ttlMillis = ttl.toMillis();
        this.capacity = capacity;
        this.clock = clock;
        this.changes = changes;
        if (ttlMillis > 0) {
            changes.listen(new Listener());
        }
    }

    /** A cache that keeps nothing: every lookup goes to the store. */
    public static CallerCache off() {
        return off(CallerChanges.SINGLE_PROCESS);
    }

    /** Keeps nothing, but still tells other processes of the changes made here. */
    public static CallerCache off(CallerChanges changes) {
        return new CallerCache(Duration.ZERO, 1, Clock.systemUTC(), changes);
    }

    /** The caller holding {@code hash}, from the cache while fresh, else from {@code lookup}. */
    public Optional<Caller> find(TokenHash hash, Supplier<Optional<Caller>> lookup) {
        if (ttlMillis == 0 || !hearing) {
            return lookup.get();
        }
        long now = clock.millis();
        Entry cached = entries.get(hash);
        if (cached != null && cached.expiresAt() > now) {
            return Optional.of(cached.caller());
        }
        long seen = generation.get();
        Optional<Caller> found = lookup.get();
        found.ifPresent(caller -> remember(hash, new Entry(caller, now + ttlMillis), seen));
        return found;
    }

    private void remember(TokenHash hash, Entry entry, long seen) {
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(hash, entry);
        if (generation.get() != seen) {
            entries.remove(hash, entry);
        }
    }

    /**
     * Forgets the user's tokens here and tells the other processes: call after the store changed a token,
     * the name, the type or the user.
     */
    public void forget(UserName user) {
        forgetHere(user);
        changes.announce(CallerChanges.Change.of(user));
    }

    /** Forgets every token here and tells the other processes: call after the store revoked them all. */
    public void forgetAll() {
        forgetAllHere();
        changes.announce(CallerChanges.Change.everyone());
    }

    private void forgetHere(UserName user) {
        generation.incrementAndGet();
        entries.values().removeIf(entry -> entry.caller().name().equals(user));
    }

    private void forgetAllHere() {
        generation.incrementAndGet();
        entries.clear();
    }

    /** What other processes announce. */
    private final class Listener implements CallerChanges.Listener {
        @Override
        public void changed(CallerChanges.Change change) {
            change.user().ifPresentOrElse(CallerCache.this::forgetHere, CallerCache.this::forgetAllHere);
        }

        /** Bypasses the cache; what it holds is dropped when hearing resumes. */
        @Override
        public void deaf() {
            hearing = false;
        }

        @Override
        public void hearing() {
            forgetAllHere();
            hearing = true;
        }
    }
}
