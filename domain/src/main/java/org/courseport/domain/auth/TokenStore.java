package org.courseport.domain.auth;

import java.time.Instant;
import java.util.Optional;
import org.courseport.domain.user.UserId;

/** Where token hashes are kept. A user has at most one token. */
public interface TokenStore {

    /** Makes {@code hash} the user's only token. */
    void replace(UserId user, TokenHash hash, Instant now);

    /** The holder of the token with this hash. */
    Optional<Caller> findCaller(TokenHash hash);

    /** Makes every token stop working; returns how many did. */
    int revokeAll();
}
