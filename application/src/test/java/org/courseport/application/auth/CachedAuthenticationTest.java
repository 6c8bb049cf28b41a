package org.courseport.application.auth;

import static org.courseport.application.fixtures.TestUsers.ADMIN;
import static org.courseport.application.fixtures.TestUsers.newUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.courseport.application.fixtures.InMemoryTokenStore;
import org.courseport.application.fixtures.InMemoryRosterStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.application.user.UserService;
import org.courseport.domain.auth.ApiToken;
import org.courseport.domain.error.Unauthenticated;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserChanges;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

/** With a long-lived cache of callers, every change made through this process still takes effect at once. */
class CachedAuthenticationTest {
    private final InMemoryUserStore userStore = new InMemoryUserStore();
    private final InMemoryTokenStore tokenStore = new InMemoryTokenStore(userStore);
    private final CallerCache callers = new CallerCache(Duration.ofHours(1), 100, Clock.systemUTC());
    private final TokenService tokens = new TokenService(userStore, tokenStore, Clock.systemUTC(), new SecureRandom(), callers);
    private final UserService users = new UserService(userStore, new InMemoryRosterStore(userStore), Clock.systemUTC(), callers);
    private final User ta = users.create(ADMIN, newUser("ta1", UserType.TA));

    @Test
    void aReplacedTokenStopsWorkingAtOnce() {
        ApiToken first = tokens.issue(ADMIN, ta.id());
        tokens.authenticate(first.reveal());
        ApiToken second = tokens.reset(ta.userName());
        assertThrows(Unauthenticated.class, () -> tokens.authenticate(first.reveal()));
        assertEquals(ta.userName(), tokens.authenticate(second.reveal()).name());
    }

    @Test
    void revokingAllStopsCachedTokensAtOnce() {
        ApiToken token = tokens.issue(ADMIN, ta.id());
        tokens.authenticate(token.reveal());
        tokens.revokeAll();
        assertThrows(Unauthenticated.class, () -> tokens.authenticate(token.reveal()));
    }

    @Test
    void aChangedTypeOrNameIsSeenAtOnce() {
        ApiToken token = tokens.issue(ADMIN, ta.id());
        tokens.authenticate(token.reveal());
        users.update(ADMIN, ta.id(), new UserChanges(Optional.of(new UserName("ta2")),
                Optional.of(UserType.STUDENT), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertEquals(UserType.STUDENT, tokens.authenticate(token.reveal()).type());
        assertEquals("ta2", tokens.authenticate(token.reveal()).name().value());
    }

    @Test
    void aDeletedUsersTokenStopsWorkingAtOnce() {
        ApiToken token = tokens.issue(ADMIN, ta.id());
        tokens.authenticate(token.reveal());
        users.delete(ADMIN, ta.id());
        assertThrows(Unauthenticated.class, () -> tokens.authenticate(token.reveal()));
    }
}
