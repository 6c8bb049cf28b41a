package org.courseport.adapters.persistence.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.user.JdbiUserStore;
import org.courseport.domain.auth.ApiToken;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link org.courseport.domain.auth.TokenStore} implementation keeps, run once per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractTokenStoreContract {
    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestDatabase database;
    private JdbiUserStore users;
    private JdbiTokenStore tokens;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        users = new JdbiUserStore(database.jdbi());
        tokens = new JdbiTokenStore(database.jdbi());
    }

    @AfterEach
    void revokeEverything() {
        tokens.revokeAll();
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aTokenNamesItsHolder() {
        User ta = user(UserType.TA);
        ApiToken token = ApiToken.generate(RANDOM);

        tokens.replace(ta.id(), token.hash(), NOW);

        assertEquals(Optional.of(new Caller(ta.userName(), UserType.TA)), tokens.findCaller(token.hash()));
    }

    @Test
    void anUnknownTokenNamesNoOne() {
        assertTrue(tokens.findCaller(ApiToken.generate(RANDOM).hash()).isEmpty());
    }

    @Test
    void replacingATokenMakesTheOldOneStopWorking() {
        User admin = user(UserType.ADMIN);
        ApiToken old = ApiToken.generate(RANDOM);
        ApiToken fresh = ApiToken.generate(RANDOM);
        tokens.replace(admin.id(), old.hash(), NOW);

        tokens.replace(admin.id(), fresh.hash(), NOW.plusSeconds(1));

        assertTrue(tokens.findCaller(old.hash()).isEmpty());
        assertEquals(admin.userName(), tokens.findCaller(fresh.hash()).orElseThrow().name());
    }

    @Test
    void aTokenFollowsItsHolderRenamedAndDiesWithItsHolder() {
        User student = user(UserType.STUDENT);
        ApiToken token = ApiToken.generate(RANDOM);
        tokens.replace(student.id(), token.hash(), NOW);
        User promoted = users.update(new User(student.id(), student.userName(), UserType.TA, student.details(),
                student.createdAt(), student.updatedAt()), NOW);

        assertEquals(Optional.of(new Caller(promoted.userName(), UserType.TA)), tokens.findCaller(token.hash()));
        users.delete(student.id());
        assertTrue(tokens.findCaller(token.hash()).isEmpty());
    }

    @Test
    void revokeAllStopsEveryTokenAndCountsThem() {
        ApiToken first = ApiToken.generate(RANDOM);
        ApiToken second = ApiToken.generate(RANDOM);
        tokens.replace(user(UserType.ADMIN).id(), first.hash(), NOW);
        tokens.replace(user(UserType.TA).id(), second.hash(), NOW);

        assertEquals(2, tokens.revokeAll());

        assertTrue(tokens.findCaller(first.hash()).isEmpty());
        assertTrue(tokens.findCaller(second.hash()).isEmpty());
        assertEquals(0, tokens.revokeAll());
    }

    private User user(UserType type) {
        return users.create(new NewUser(new UserName("u-" + UUID.randomUUID().toString().substring(0, 8)), type,
                new PersonalDetails("Token", "Holder", null, null, 0)), NOW);
    }
}
