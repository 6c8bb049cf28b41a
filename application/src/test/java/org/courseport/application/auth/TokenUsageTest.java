package org.courseport.application.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.courseport.application.fixtures.InMemoryTokenStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.domain.auth.TokenHash;
import org.junit.jupiter.api.Test;

class TokenUsageTest {
    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private static final TokenHash A = new TokenHash("a".repeat(64));
    private static final TokenHash B = new TokenHash("b".repeat(64));
    private static final TokenHash C = new TokenHash("c".repeat(64));

    private final List<String> touched = new ArrayList<>();
    private final InMemoryTokenStore store = new InMemoryTokenStore(new InMemoryUserStore());

    private TokenUsage usage(int capacity) {
        return new TokenUsage(new RecordingStore(), Duration.ofSeconds(60), capacity);
    }

    /** Records the writes and keeps nothing else. */
    private final class RecordingStore implements org.courseport.domain.auth.TokenStore {
        @Override
        public void touch(TokenHash hash, Instant now) {
            touched.add(hash.hex().charAt(0) + "@" + (now.getEpochSecond() - NOW.getEpochSecond()));
        }

        @Override
        public void replace(org.courseport.domain.user.UserId user, TokenHash hash, Instant now) {
            store.replace(user, hash, now);
        }

        @Override
        public org.courseport.domain.auth.TokenInfo create(org.courseport.domain.user.UserId user,
                org.courseport.domain.auth.TokenGrant grant, TokenHash hash, Instant now) {
            return store.create(user, grant, hash, now);
        }

        @Override
        public List<org.courseport.domain.auth.TokenInfo> list(org.courseport.domain.user.UserId user) {
            return store.list(user);
        }

        @Override
        public boolean revoke(org.courseport.domain.user.UserId user, org.courseport.domain.auth.TokenId token) {
            return store.revoke(user, token);
        }

        @Override
        public java.util.Optional<org.courseport.domain.auth.Caller> findCaller(TokenHash hash) {
            return store.findCaller(hash);
        }

        @Override
        public int revokeAll() {
            return store.revokeAll();
        }
    }

    @Test
    void aTokenIsWrittenOnFirstUseThenOncePerInterval() {
        TokenUsage usage = usage(100);
        usage.used(A, NOW);
        usage.used(A, NOW.plusSeconds(59));
        usage.used(B, NOW.plusSeconds(59));
        usage.used(A, NOW.plusSeconds(60));
        usage.used(A, NOW.plusSeconds(119));
        usage.used(A, NOW.plusSeconds(120));

        assertEquals(List.of("a@0", "b@59", "a@60", "a@120"), touched);
    }

    @Test
    void pastItsCapacityItForgetsAndWritesAgain() {
        TokenUsage usage = usage(2);
        usage.used(A, NOW);
        usage.used(B, NOW);
        usage.used(C, NOW);
        usage.used(A, NOW.plusSeconds(1));

        assertEquals(List.of("a@0", "b@0", "c@0", "a@1"), touched);
    }
}
