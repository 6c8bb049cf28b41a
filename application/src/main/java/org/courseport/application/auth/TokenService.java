package org.courseport.application.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.courseport.domain.auth.ApiToken;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Permission;
import org.courseport.domain.auth.TokenHash;
import org.courseport.domain.auth.TokenStore;
import org.courseport.domain.error.Conflict;
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
        CreateFirstAdmin {
    static final UserName FIRST_ADMIN = new UserName("admin");

    private final UserStore users;
    private final TokenStore tokens;
    private final Clock clock;
    private final SecureRandom random;
    private final CallerCache callers;

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
    }

    @Override
    public Caller authenticate(String presentedToken) {
        TokenHash hash = ApiToken.parse(presentedToken).hash();
        return callers.find(hash, () -> tokens.findCaller(hash))
                .orElseThrow(() -> new Unauthenticated("the token is not valid"));
    }

    @Override
    public ApiToken issue(Caller caller, UserId user) {
        caller.require(Permission.MANAGE);
        User holder = users.find(user).orElseThrow(() -> new NotFound("no user has id " + user.value()));
        return replace(holder);
    }

    @Override
    public ApiToken reset(UserName user) {
        return replace(users.findByName(user).orElseThrow(() -> new NotFound("no user is named " + user)));
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

    private ApiToken replace(User holder) {
        ApiToken token = ApiToken.generate(random);
        tokens.replace(holder.id(), token.hash(), clock.instant());
        callers.forget(holder.userName());
        return token;
    }
}
