package org.courseport.application.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.courseport.domain.auth.ApiToken;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.NewToken;
import org.courseport.domain.auth.Permission;
import org.courseport.domain.auth.TokenGrant;
import org.courseport.domain.auth.TokenHash;
import org.courseport.domain.auth.TokenId;
import org.courseport.domain.auth.TokenInfo;
import org.courseport.domain.auth.TokenStore;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unauthenticated;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserStore;
import org.courseport.domain.user.UserType;

/** Issuing, checking and revoking API tokens. */
public final class TokenService implements AuthenticateCaller, IssueToken, ResetUserToken, RevokeAllTokens,
        CreateFirstAdmin, CreateToken, ListTokens, RevokeToken, IssueNamedToken {
    static final UserName FIRST_ADMIN = new UserName("admin");
    /** How far behind a listed {@code last_used_at} may be: one write per token per minute and process. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final int TRACKED_TOKENS = 10_000;

    private final UserStore users;
    private final TokenStore tokens;
    private final Clock clock;
    private final SecureRandom random;
    private final CallerCache callers;
    private final TokenUsage usage;

    public TokenService(UserStore users, TokenStore tokens, Clock clock, SecureRandom random) {
        this(users, tokens, clock, random, CallerCache.off());
    }

    /** {@code callers} must be the cache the {@link org.courseport.application.user.UserService} forgets users in. */
    public TokenService(UserStore users, TokenStore tokens, Clock clock, SecureRandom random, CallerCache callers) {
        this.users = users;
        this.tokens = tokens;
        this.clock = clock;
        this.random = random;
        this.callers = callers;
        this.usage = new TokenUsage(tokens, LAST_USED_PRECISION, TRACKED_TOKENS);
    }

    @Override
    public Caller authenticate(String presentedToken) {
        TokenHash hash = ApiToken.parse(presentedToken).hash();
        Caller caller = callers.find(hash, () -> tokens.findCaller(hash))
                .orElseThrow(() -> new Unauthenticated("the token is not valid"));
        Instant now = clock.instant();
        caller.grant().requireUnexpired(now);
        usage.used(hash, now);
        return caller;
    }

    @Override
    public ApiToken issue(Caller caller, UserId user) {
        caller.require(Permission.MANAGE);
        User holder = users.find(user).orElseThrow(() -> new NotFound("no user has id " + user.value()));
        return replace(holder);
    }

    @Override
    public ApiToken reset(UserName user) {
        return replace(named(user));
    }

    @Override
    public int revokeAll() {
        int revoked = tokens.revokeAll();
        callers.forgetAll();
        return revoked;
    }

    @Override
    public Optional<ApiToken> createIfEmpty() {
        if (!users.isEmpty()) {
            return Optional.empty();
        }
        try {
            User admin = users.create(new NewUser(FIRST_ADMIN, UserType.ADMIN,
                    new PersonalDetails("Courseport", "Administrator", null, null, 0)), clock.instant());
            return Optional.of(replace(admin));
        } catch (Conflict anotherNodeWasFirst) {
            return Optional.empty();
        }
    }

    @Override
    public IssuedToken create(Caller caller, UserId user, NewToken token) {
        User holder = holder(caller, user);
        Instant now = clock.instant();
        return store(holder, caller.grant().narrow(token, now), now);
    }

    @Override
    public List<TokenInfo> list(Caller caller, UserId user) {
        return tokens.list(holder(caller, user).id());
    }

    @Override
    public void revoke(Caller caller, UserId user, TokenId token) {
        User holder = holder(caller, user);
        if (!tokens.revoke(holder.id(), token)) {
            throw new NotFound("user " + holder.userName() + " has no token with id " + token.value());
        }
        callers.forget(holder.userName());
    }

    @Override
    public IssuedToken issue(UserName user, NewToken token) {
        User holder = named(user);
        Instant now = clock.instant();
        TokenGrant grant = TokenGrant.DEFAULT.narrow(token, now);
        tokens.list(holder.id()).stream().filter(t -> t.grant().name().equals(token.name()))
                .forEach(t -> tokens.revoke(holder.id(), t.id()));
        IssuedToken issued = store(holder, grant, now);
        callers.forget(holder.userName());
        return issued;
    }

    /** The user whose tokens the caller asks about: any for an admin, else only the caller. */
    private User holder(Caller caller, UserId user) {
        if (!caller.type().isAdmin()) {
            return users.findByName(caller.name()).filter(self -> self.id().equals(user)).orElseThrow(() ->
                    new Forbidden("only an admin may manage another user's tokens"));
        }
        return users.find(user).orElseThrow(() -> new NotFound("no user has id " + user.value()));
    }

    private User named(UserName user) {
        return users.findByName(user).orElseThrow(() -> new NotFound("no user is named " + user));
    }

    private IssuedToken store(User holder, TokenGrant grant, Instant now) {
        ApiToken token = ApiToken.generate(random);
        return new IssuedToken(token, tokens.create(holder.id(), grant, token.hash(), now));
    }

    private ApiToken replace(User holder) {
        ApiToken token = ApiToken.generate(random);
        tokens.replace(holder.id(), token.hash(), clock.instant());
        callers.forget(holder.userName());
        return token;
    }
}
