package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.courseport.application.auth.AuthenticateCaller;
import org.courseport.application.auth.CallerCache;
import org.courseport.application.auth.CreateFirstAdmin;
import org.courseport.application.auth.IssueToken;
import org.courseport.application.auth.ResetUserToken;
import org.courseport.application.auth.RevokeAllTokens;
import org.courseport.application.auth.TokenService;
import org.courseport.application.user.CreateUser;
import org.courseport.application.user.DeleteUser;
import org.courseport.application.user.GetUser;
import org.courseport.application.user.ListUsers;
import org.courseport.application.user.UpdateUser;
import org.courseport.application.user.UserService;
import org.courseport.domain.auth.TokenStore;
import org.courseport.domain.user.UserStore;

/** The use cases, built from the ports; each incoming port is bound to its service. */
public final class ApplicationModule extends AbstractModule {
    /** Tokens in use at once per process that the cache keeps; more only empties it sooner. */
    private static final int CACHED_CALLERS = 10_000;

    private final Duration tokenCache;

    /** For the commands that run one use case and exit: no cache of callers. */
    public ApplicationModule() {
        this(Duration.ZERO);
    }

    /** @param tokenCache how long an authenticated token is trusted without asking the store again */
    public ApplicationModule(Duration tokenCache) {
        this.tokenCache = tokenCache;
    }

    @Override
    protected void configure() {
        bind(ListUsers.class).to(UserService.class);
        bind(GetUser.class).to(UserService.class);
        bind(CreateUser.class).to(UserService.class);
        bind(UpdateUser.class).to(UserService.class);
        bind(DeleteUser.class).to(UserService.class);
        bind(AuthenticateCaller.class).to(TokenService.class);
        bind(IssueToken.class).to(TokenService.class);
        bind(ResetUserToken.class).to(TokenService.class);
        bind(RevokeAllTokens.class).to(TokenService.class);
        bind(CreateFirstAdmin.class).to(TokenService.class);
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    SecureRandom random() {
        return new SecureRandom();
    }

    @Provides
    @Singleton
    CallerCache callers(Clock clock) {
        return new CallerCache(tokenCache, CACHED_CALLERS, clock);
    }

    @Provides
    @Singleton
    UserService users(UserStore users, Clock clock, CallerCache callers) {
        return new UserService(users, clock, callers);
    }

    @Provides
    @Singleton
    TokenService tokens(UserStore users, TokenStore tokens, Clock clock, SecureRandom random, CallerCache callers) {
        return new TokenService(users, tokens, clock, random, callers);
    }
}
