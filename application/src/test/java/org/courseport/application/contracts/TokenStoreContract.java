package org.courseport.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.courseport.domain.auth.ApiToken;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.TokenStore;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserStore;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link TokenStore} keeps, with the {@link UserStore} it names holders from. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TokenStoreContract {
    /** The users whose tokens {@link #tokens()} keeps. */
    protected abstract UserStore users();

    protected abstract TokenStore tokens();

    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    @AfterEach
    void revokeEverything() {
        tokens().revokeAll();
    }

    @Test
    void aTokenNamesItsHolder() {
        User ta = user(UserType.TA);
        ApiToken token = ApiToken.generate(RANDOM);

        tokens().replace(ta.id(), token.hash(), NOW);

        assertEquals(Optional.of(new Caller(ta.userName(), UserType.TA)), tokens().findCaller(token.hash()));
    }

    @Test
    void anUnknownTokenNamesNoOne() {
        assertTrue(tokens().findCaller(ApiToken.generate(RANDOM).hash()).isEmpty());
    }

    @Test
    void replacingATokenMakesTheOldOneStopWorking() {
        User admin = user(UserType.ADMIN);
        ApiToken old = ApiToken.generate(RANDOM);
        ApiToken fresh = ApiToken.generate(RANDOM);
        tokens().replace(admin.id(), old.hash(), NOW);

        tokens().replace(admin.id(), fresh.hash(), NOW.plusSeconds(1));

        assertTrue(tokens().findCaller(old.hash()).isEmpty());
        assertEquals(admin.userName(), tokens().findCaller(fresh.hash()).orElseThrow().name());
    }

    @Test
    void aTokenFollowsItsHolderRenamedAndDiesWithItsHolder() {
        User student = user(UserType.STUDENT);
        ApiToken token = ApiToken.generate(RANDOM);
        tokens().replace(student.id(), token.hash(), NOW);
        User promoted = users().update(new User(student.id(), student.userName(), UserType.TA, student.details(),
                student.createdAt(), student.updatedAt()), NOW);

        assertEquals(Optional.of(new Caller(promoted.userName(), UserType.TA)), tokens().findCaller(token.hash()));
        users().delete(student.id());
        assertTrue(tokens().findCaller(token.hash()).isEmpty());
    }

    @Test
    void revokeAllStopsEveryTokenAndCountsThem() {
        ApiToken first = ApiToken.generate(RANDOM);
        ApiToken second = ApiToken.generate(RANDOM);
        tokens().replace(user(UserType.ADMIN).id(), first.hash(), NOW);
        tokens().replace(user(UserType.TA).id(), second.hash(), NOW);

        assertEquals(2, tokens().revokeAll());

        assertTrue(tokens().findCaller(first.hash()).isEmpty());
        assertTrue(tokens().findCaller(second.hash()).isEmpty());
        assertEquals(0, tokens().revokeAll());
    }

    private User user(UserType type) {
        return users().create(new NewUser(new UserName("u-" + UUID.randomUUID().toString().substring(0, 8)), type,
                new PersonalDetails("Token", "Holder", null, null, 0)), NOW);
    }
}
