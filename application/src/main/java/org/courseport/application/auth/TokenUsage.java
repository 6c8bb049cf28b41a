package org.courseport.application.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.courseport.domain.auth.TokenHash;
import org.courseport.domain.auth.TokenStore;

/**
 * Keeps each token's {@code last_used_at} without a write per request: a token's use is written at most
 * once per {@code interval} by this process, so the time listed is at most that much behind.
 */
final class TokenUsage {
    private final TokenStore tokens;
    private final long intervalMillis;
    private final int capacity;
    private final ConcurrentHashMap<TokenHash, Long> written = new ConcurrentHashMap<>();

    TokenUsage(TokenStore tokens, Duration interval, int capacity) {
        this.tokens = tokens;
        this.intervalMillis = interval.toMillis();
        this.capacity = capacity;
    }

    void used(TokenHash hash, Instant now) {
        long at = now.toEpochMilli();
        Long before = written.get(hash);
        if (before != null && at - before < intervalMillis) {
            return;
        }
        if (written.size() >= capacity) {
            written.clear();
        }
        // Of requests racing here, one writes: the one whose replace succeeds.
        boolean mine = before == null ? written.putIfAbsent(hash, at) == null : written.replace(hash, before, at);
        if (mine) {
            tokens.touch(hash, now);
        }
    }
}
