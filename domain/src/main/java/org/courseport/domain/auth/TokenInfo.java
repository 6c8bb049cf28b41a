package org.courseport.domain.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.user.UserId;

/** One token as its holder may see it: everything but the secret (and its hash). */
public record TokenInfo(TokenId id, UserId user, TokenGrant grant, Instant createdAt, Optional<Instant> lastUsedAt) {
    public TokenInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    }
}
