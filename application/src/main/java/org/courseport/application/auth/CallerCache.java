package org.courseport.application.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.TokenHash;
import org.courseport.domain.user.UserName;

/**
 * Callers recently authenticated, by token hash, so a burst of requests does not look the same token
 * up in the store each time. Changes made through this process (a token replaced, every token revoked,
 * a user changed or deleted) take effect at once; changes made by another process on the same store
 * (the {@code token} and {@code reset-tokens} commands, another node on PostgreSQL) within the
 * time to live. Only known tokens are kept, at most {@code capacity} of them.
 */
public final class CallerCache {
    private final long ttlMillis;
    private final int capacity;
    private final Clock clock;
    private final ConcurrentHashMap<TokenHash, Entry> entries = new ConcurrentHashMap<>();
    /** Moves on every invalidation, so a lookup that raced one does not keep what it read before it. */
    private final AtomicLong generation = new AtomicLong();

    private record Entry(Caller caller, long expiresAt) {
    }

    public CallerCache(Duration ttl, int capacity, Clock clock) {
        if (ttl.isNegative() || capacity < 1) {
            throw new IllegalArgumentException("the time to live must not be negative and the capacity positive");
        }
        this.ttlMillis = ttl.toMillis();
        this.capacity = capacity;
        this.clock = clock;
    }

    /** A cache that keeps nothing: every lookup goes to the store. */
    public static CallerCache off() {
        return new CallerCache(Duration.ZERO, 1, Clock.systemUTC());
    }

    /** The caller holding {@code hash}, from the cache while fresh, else from {@code lookup}. */
    public Optional<Caller> find(TokenHash hash, Supplier<Optional<Caller>> lookup) {
        if (ttlMillis == 0) {
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

    /** Forgets the user's token: call after the store changed the token, the name, the type or the user. */
    public void forget(UserName user) {
        generation.incrementAndGet();
        entries.values().removeIf(entry -> entry.caller().name().equals(user));
    }

    /** Forgets every token: call after the store revoked them all. */
    public void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
