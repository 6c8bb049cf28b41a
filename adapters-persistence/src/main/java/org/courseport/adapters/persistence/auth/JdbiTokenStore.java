package org.courseport.adapters.persistence.auth;

import java.time.Instant;
import java.util.Optional;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.TokenHash;
import org.courseport.domain.auth.TokenStore;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.jdbi.v3.core.Jdbi;

/** Token hashes in the {@code api_tokens} table, one row per user. */
public final class JdbiTokenStore implements TokenStore {
    private final Jdbi jdbi;

    public JdbiTokenStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void replace(UserId user, TokenHash hash, Instant now) {
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from api_tokens where user_id = :user").bind("user", user.value()).execute();
            h.createUpdate("insert into api_tokens (user_id, token_hash, created_at) values (:user, :hash, :now)")
                    .bind("user", user.value()).bind("hash", hash.hex()).bind("now", Timestamps.toDb(now)).execute();
        });
    }

    @Override
    public Optional<Caller> findCaller(TokenHash hash) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select u.user_name, u.type from api_tokens t join users u on u.id = t.user_id
                        where t.token_hash = :hash""")
                .bind("hash", hash.hex())
                .map((rs, ctx) -> new Caller(new UserName(rs.getString("user_name")), UserType.parse(rs.getString("type"))))
                .findOne());
    }

    @Override
    public int revokeAll() {
        return jdbi.withHandle(h -> h.createUpdate("delete from api_tokens").execute());
    }
}
