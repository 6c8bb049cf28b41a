package org.courseport.application.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.CallerChanges;
import org.courseport.domain.auth.TokenHash;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;

/**
 * Callers recently authenticated, by token hash, so a burst of requests does not look the same token
 * up in the store each time; and users recently read, by id, so a robot polling one does not read it
 * from the store each time. Changes made through this process (a token replaced or revoked, every token
 * revoked, a user changed or deleted) take effect at once; this process announces them through its
 * {@link CallerChanges}, and hears those of other processes on the same store (the {@code token} and
 * {@code reset-tokens} commands, another node on PostgreSQL) the same way, within a second. While it
 * cannot hear them (the connection lost), it keeps nothing. The time to live only bounds how long an
 * entry lives at all. Only what was found is kept, at most {@code capacity} entries of each kind.
 */
public final class CallerCache {
    private final long ttlMillis;
    private final Clock clock;
    private final CallerChanges changes;
    private final Kept<TokenHash, Caller> callers;
    private final Kept<UserId, User> users;
    /** Moves on every invalidation, so a lookup that raced one does not keep what it read before it. */
    private final AtomicLong generation = new AtomicLong();
    /** Whether changes made elsewhere are heard; if not, nothing is kept. */
    private volatile boolean hearing;

    /** A cache for a store only this process uses. */
    public CallerCache(Duration ttl, int capacity, Clock clock) {
        this(ttl, capacity, clock, CallerChanges.SINGLE_PROCESS);
    }

    public CallerCache(Duration ttl, int capacity, Clock clock, CallerChanges changes) {
        if (ttl.isNegative() || capacity < 1) {
            throw new IllegalArgumentException("the time to live must not be negative and the capacity positive");
        }
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
        this.changes = changes;
        this.callers = new Kept<>(capacity, Caller::name);
        this.users = new Kept<>(capacity, User::userName);
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
        return callers.find(hash, lookup);
    }

    /** The user with {@code id}, from the cache while fresh, else from {@code lookup}. */
    public Optional<User> findUser(UserId id, Supplier<Optional<User>> lookup) {
        return users.find(id, lookup);
    }

    /**
     * Forgets the user and its tokens here and tells the other processes: call after the store changed a
     * token, the name, the type or the user.
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
        callers.forget(user);
        users.forget(user);
    }

    private void forgetAllHere() {
        generation.incrementAndGet();
        callers.clear();
        users.clear();
    }

    /** One kind of entry, each belonging to a user by name. */
    private final class Kept<K, V> {
        private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
        private final int capacity;
        private final Function<V, UserName> owner;

        Kept(int capacity, Function<V, UserName> owner) {
            this.capacity = capacity;
            this.owner = owner;
        }

        Optional<V> find(K key, Supplier<Optional<V>> lookup) {
            if (ttlMillis == 0 || !hearing) {
                return lookup.get();
            }
            long now = clock.millis();
            Entry<V> cached = entries.get(key);
            if (cached != null && cached.expiresAt() > now) {
                return Optional.of(cached.value());
            }
            long seen = generation.get();
            Optional<V> found = lookup.get();
            found.ifPresent(value -> remember(key, new Entry<>(value, now + ttlMillis), seen));
            return found;
        }

        private void remember(K key, Entry<V> entry, long seen) {
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entries.put(key, entry);
            if (generation.get() != seen) {
                entries.remove(key, entry);
            }
        }

        void forget(UserName user) {
            entries.values().removeIf(entry -> owner.apply(entry.value()).equals(user));
        }

        void clear() {
            entries.clear();
        }
    }

    private record Entry<V>(V value, long expiresAt) {
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
