package org.courseport.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.courseport.domain.auth.ApiToken;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Scope;
import org.courseport.domain.auth.TokenGrant;
import org.courseport.domain.auth.TokenInfo;
import org.courseport.domain.auth.TokenName;
import org.courseport.domain.auth.TokenStore;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Conflict;
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

    @Test
    void aNamedTokenKeepsItsGrantBesideTheDefaultOne() {
        User ta = user(UserType.TA);
        ApiToken fallback = ApiToken.generate(RANDOM);
        ApiToken ci = ApiToken.generate(RANDOM);
        TokenGrant grant = new TokenGrant(new TokenName("ci"), EnumSet.of(Scope.RESULTS_WRITE, Scope.GRADING_READ),
                Optional.of(Set.of(new CourseId(0), new CourseId(7))), Optional.of(NOW.plusSeconds(3600)));
        tokens().replace(ta.id(), fallback.hash(), NOW);

        TokenInfo made = tokens().create(ta.id(), grant, ci.hash(), NOW.plusSeconds(1));

        assertEquals(new TokenInfo(made.id(), ta.id(), grant, NOW.plusSeconds(1), Optional.empty()), made);
        assertEquals(Optional.of(new Caller(ta.userName(), UserType.TA, grant)), tokens().findCaller(ci.hash()));
        assertEquals(Optional.of(new Caller(ta.userName(), UserType.TA, TokenGrant.DEFAULT)),
                tokens().findCaller(fallback.hash()));
        List<TokenInfo> listed = tokens().list(ta.id());
        assertEquals(List.of(TokenName.DEFAULT, new TokenName("ci")), listed.stream().map(t -> t.grant().name()).toList());
        assertEquals(made, listed.get(1));
        assertEquals(TokenGrant.DEFAULT, listed.get(0).grant());
    }

    @Test
    void anUnlimitedNamedTokenReadsBackUnlimited() {
        User admin = user(UserType.ADMIN);
        ApiToken token = ApiToken.generate(RANDOM);
        TokenGrant grant = TokenGrant.unlimited(new TokenName("everything"));

        tokens().create(admin.id(), grant, token.hash(), NOW);

        assertEquals(grant, tokens().findCaller(token.hash()).orElseThrow().grant());
    }

    @Test
    void twoTokensOfOneUserCannotShareAName() {
        User ta = user(UserType.TA);
        TokenGrant grant = TokenGrant.unlimited(new TokenName("ci"));
        tokens().create(ta.id(), grant, ApiToken.generate(RANDOM).hash(), NOW);

        assertThrows(Conflict.class, () -> tokens().create(ta.id(), grant, ApiToken.generate(RANDOM).hash(), NOW));
        tokens().create(user(UserType.TA).id(), grant, ApiToken.generate(RANDOM).hash(), NOW);
    }

    @Test
    void replacingTheDefaultTokenLeavesTheNamedOnes() {
        User ta = user(UserType.TA);
        ApiToken named = ApiToken.generate(RANDOM);
        tokens().create(ta.id(), TokenGrant.unlimited(new TokenName("ci")), named.hash(), NOW);

        tokens().replace(ta.id(), ApiToken.generate(RANDOM).hash(), NOW);
        tokens().replace(ta.id(), ApiToken.generate(RANDOM).hash(), NOW);

        assertTrue(tokens().findCaller(named.hash()).isPresent());
        assertEquals(2, tokens().list(ta.id()).size());
    }

    @Test
    void revokingOneTokenStopsItAloneAndOnlyForItsHolder() {
        User ta = user(UserType.TA);
        User other = user(UserType.TA);
        ApiToken kept = ApiToken.generate(RANDOM);
        ApiToken revoked = ApiToken.generate(RANDOM);
        tokens().create(ta.id(), TokenGrant.unlimited(new TokenName("kept")), kept.hash(), NOW);
        TokenInfo gone = tokens().create(ta.id(), TokenGrant.unlimited(new TokenName("gone")), revoked.hash(), NOW);

        assertFalse(tokens().revoke(other.id(), gone.id()), "not the holder");
        assertTrue(tokens().revoke(ta.id(), gone.id()));
        assertFalse(tokens().revoke(ta.id(), gone.id()), "already gone");

        assertTrue(tokens().findCaller(revoked.hash()).isEmpty());
        assertTrue(tokens().findCaller(kept.hash()).isPresent());
    }

    @Test
    void touchingATokenRecordsItsLastUse() {
        User ta = user(UserType.TA);
        ApiToken token = ApiToken.generate(RANDOM);
        tokens().create(ta.id(), TokenGrant.unlimited(new TokenName("ci")), token.hash(), NOW);

        tokens().touch(token.hash(), NOW.plusSeconds(90));

        assertEquals(Optional.of(NOW.plusSeconds(90)), tokens().list(ta.id()).get(0).lastUsedAt());
    }

    private User user(UserType type) {
        return users().create(new NewUser(new UserName("u-" + UUID.randomUUID().toString().substring(0, 8)), type,
                new PersonalDetails("Token", "Holder", null, null, 0)), NOW);
    }
}
