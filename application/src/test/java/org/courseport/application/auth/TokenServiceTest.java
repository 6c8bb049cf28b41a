package org.courseport.application.auth;

import static org.courseport.application.fixtures.TestUsers.ADMIN;
import static org.courseport.application.fixtures.TestUsers.TA;
import static org.courseport.application.fixtures.TestUsers.newUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import org.courseport.application.fixtures.InMemoryTokenStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.domain.auth.ApiToken;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unauthenticated;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

class TokenServiceTest {
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryTokenStore tokens = new InMemoryTokenStore(users);
    private final TokenService service = new TokenService(users, tokens, Clock.systemUTC(), new SecureRandom());

    @Test
    void theFirstAdminIsCreatedOnlyOnAnEmptyStore() {
        ApiToken token = service.createIfEmpty().orElseThrow();
        Caller caller = service.authenticate(token.reveal());
        assertEquals("admin", caller.name().value());
        assertEquals(UserType.ADMIN, caller.type());
        assertTrue(service.createIfEmpty().isEmpty());
        assertFalse(tokens.hashes().values().stream().flatMap(java.util.List::stream).anyMatch(h -> h.hex().equals(token.reveal())));
    }

    @Test
    void aNewTokenReplacesTheOld() {
        User ta = users.create(newUser("ta1", UserType.TA), java.time.Instant.now());
        ApiToken first = service.issue(ADMIN, ta.id());
        ApiToken second = service.reset(ta.userName());
        assertThrows(Unauthenticated.class, () -> service.authenticate(first.reveal()));
        assertEquals("ta1", service.authenticate(second.reveal()).name().value());
        assertThrows(Forbidden.class, () -> service.issue(TA, ta.id()));
    }

    @Test
    void revokingAllStopsEveryToken() {
        ApiToken admin = service.createIfEmpty().orElseThrow();
        assertEquals(1, service.revokeAll());
        assertThrows(Unauthenticated.class, () -> service.authenticate(admin.reveal()));
        assertThrows(Unauthenticated.class, () -> service.authenticate("not-a-token"));
    }

    @Test
    void aTokenForNoUserIsNotFound() {
        assertEquals("no user has id 42", assertThrows(NotFound.class,
                () -> service.issue(ADMIN, new UserId(42))).getMessage());
        assertEquals("no user is named ghost", assertThrows(NotFound.class,
                () -> service.reset(new UserName("ghost"))).getMessage());
    }
}
