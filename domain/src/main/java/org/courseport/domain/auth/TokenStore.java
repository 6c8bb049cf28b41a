package org.courseport.domain.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.courseport.domain.user.UserId;

/** Where token hashes are kept, with what each token grants. A user has any number of named tokens. */
public interface TokenStore {

    /** Makes {@code hash} the user's {@link TokenGrant#DEFAULT default} token, in place of any before it. */
    void replace(UserId user, TokenHash hash, Instant now);

    /** Keeps a new token; a {@link org.courseport.domain.error.Conflict} if the user has one of that name. */
    TokenInfo create(UserId user, TokenGrant grant, TokenHash hash, Instant now);

    /** The user's tokens, oldest first. */
    List<TokenInfo> list(UserId user);

    /** Deletes one of the user's tokens; false if the user has none with that id. */
    boolean revoke(UserId user, TokenId token);

    /** The holder of the token with this hash, with the token's grant. */
    Optional<Caller> findCaller(TokenHash hash);

    /** Records that the token was used at {@code now}. */
    void touch(TokenHash hash, Instant now);

    /** Makes every token stop working; returns how many did. */
    int revokeAll();
}
