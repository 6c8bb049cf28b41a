package org.courseport.adapters.persistence.auth;

import static org.courseport.adapters.persistence.database.SqlErrors.conflictOn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Scope;
import org.courseport.domain.auth.TokenGrant;
import org.courseport.domain.auth.TokenHash;
import org.courseport.domain.auth.TokenId;
import org.courseport.domain.auth.TokenInfo;
import org.courseport.domain.auth.TokenName;
import org.courseport.domain.auth.TokenStore;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.jdbi.v3.core.Jdbi;

/** Token hashes and their grants in the {@code user_tokens} table, any number per user, unique by name. */
public final class JdbiTokenStore implements TokenStore {
    private static final String COLUMNS = "t.id, t.user_id, t.name, t.scopes, t.courses, t.expires_at, t.last_used_at, t.created_at";

    private final Jdbi jdbi;

    public JdbiTokenStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void replace(UserId user, TokenHash hash, Instant now) {
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from user_tokens where user_id = :user and name = :name")
                    .bind("user", user.value()).bind("name", TokenGrant.DEFAULT.name().value()).execute();
            insert(h, user, TokenGrant.DEFAULT, hash, now);
        });
    }

    @Override
    public TokenInfo create(UserId user, TokenGrant grant, TokenHash hash, Instant now) {
        return conflictOn("the user already has a token named " + grant.name(), () -> jdbi.inTransaction(h -> {
            long id = insert(h, user, grant, hash, now);
            return new TokenInfo(new TokenId(id), user, grant, now, Optional.empty());
        }));
    }

    private static long insert(org.jdbi.v3.core.Handle h, UserId user, TokenGrant grant, TokenHash hash, Instant now) {
        return h.createUpdate("""
                        insert into user_tokens (user_id, name, token_hash, scopes, courses, expires_at, created_at)
                        values (:user, :name, :hash, :scopes, :courses, :expires, :now)""")
                .bind("user", user.value()).bind("name", grant.name().value()).bind("hash", hash.hex())
                .bind("scopes", Scope.list(grant.scopes()))
                .bind("courses", grant.courses().map(JdbiTokenStore::courseList).orElse(null))
                .bindByType("expires", grant.expiresAt().map(Timestamps::toDb).orElse(null), OffsetDateTime.class)
                .bind("now", Timestamps.toDb(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    @Override
    public List<TokenInfo> list(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from user_tokens t where t.user_id = :user order by t.id")
                .bind("user", user.value())
                .map((rs, ctx) -> new TokenInfo(new TokenId(rs.getLong("id")), new UserId(rs.getLong("user_id")), grant(rs),
                        Timestamps.fromDb(rs, "created_at"), optionalTime(rs, "last_used_at")))
                .list());
    }

    @Override
    public boolean revoke(UserId user, TokenId token) {
        return jdbi.withHandle(h -> h.createUpdate("delete from user_tokens where user_id = :user and id = :id")
                .bind("user", user.value()).bind("id", token.value()).execute()) > 0;
    }

    @Override
    public Optional<Caller> findCaller(TokenHash hash) {
        return jdbi.withHandle(h -> h.createQuery("select u.user_name, u.type, " + COLUMNS
                        + " from user_tokens t join users u on u.id = t.user_id where t.token_hash = :hash")
                .bind("hash", hash.hex())
                .map((rs, ctx) -> new Caller(new UserName(rs.getString("user_name")), UserType.parse(rs.getString("type")),
                        grant(rs)))
                .findOne());
    }

    @Override
    public void touch(TokenHash hash, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("update user_tokens set last_used_at = :now where token_hash = :hash")
                .bind("now", Timestamps.toDb(now)).bind("hash", hash.hex()).execute());
    }

    @Override
    public int revokeAll() {
        return jdbi.withHandle(h -> h.createUpdate("delete from user_tokens").execute());
    }

    private static TokenGrant grant(ResultSet rs) throws SQLException {
        String courses = rs.getString("courses");
        Optional<Set<CourseId>> limit = courses == null ? Optional.empty() : Optional.of(Arrays.stream(courses.split(" "))
                .map(CourseId::parse).collect(Collectors.toSet()));
        return new TokenGrant(new TokenName(rs.getString("name")), Scope.parseList(rs.getString("scopes")), limit,
                optionalTime(rs, "expires_at"));
    }

    private static Optional<Instant> optionalTime(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(Timestamps.fromDb(rs, column));
    }

    private static String courseList(Set<CourseId> courses) {
        return courses.stream().map(CourseId::value).sorted().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
