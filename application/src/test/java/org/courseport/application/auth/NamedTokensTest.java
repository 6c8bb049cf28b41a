package org.courseport.application.auth;

import static org.courseport.application.fixtures.TestUsers.newUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.courseport.application.fixtures.InMemoryTokenStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.application.fixtures.MovableClock;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.NewToken;
import org.courseport.domain.auth.Scope;
import org.courseport.domain.auth.TokenGrant;
import org.courseport.domain.auth.TokenId;
import org.courseport.domain.auth.TokenInfo;
import org.courseport.domain.auth.TokenName;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unauthenticated;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

class NamedTokensTest {
    private final MovableClock clock = new MovableClock();
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryTokenStore tokens = new InMemoryTokenStore(users);
    private final CallerCache callers = new CallerCache(Duration.ofHours(1), 100, clock);
    private final TokenService service = new TokenService(users, tokens, clock, new SecureRandom(), callers);
    private final User ta = users.create(newUser("tess", UserType.TA), clock.instant());
    private final User other = users.create(newUser("otto", UserType.TA), clock.instant());
    private final Caller admin = new Caller(users.create(newUser("root", UserType.ADMIN), clock.instant()).userName(),
            UserType.ADMIN);
    private final Caller tess = new Caller(ta.userName(), UserType.TA);

    private static NewToken ask(String name, Set<Scope> scopes, Set<CourseId> courses, Instant expiresAt) {
        return new NewToken(new TokenName(name), Optional.ofNullable(scopes), Optional.ofNullable(courses),
                Optional.ofNullable(expiresAt));
    }

    @Test
    void aCreatedTokenAuthenticatesWithItsGrant() {
        IssuedToken ci = service.create(tess, ta.id(), ask("ci", EnumSet.of(Scope.RESULTS_WRITE), Set.of(new CourseId(3)),
                clock.instant().plusSeconds(60)));

        Caller caller = service.authenticate(ci.secret().reveal());

        assertEquals(ta.userName(), caller.name());
        assertEquals("ci", caller.tokenName());
        assertEquals(ci.info().grant(), caller.grant());
        assertEquals(Set.of(Scope.RESULTS_WRITE), caller.grant().scopes());
        assertTrue(ci.secret().reveal().startsWith("cpt_"));
        assertEquals(ta.id(), ci.info().user());
    }

    @Test
    void anExpiredTokenIsRefusedSayingSoEvenFromTheCache() {
        IssuedToken ci = service.create(tess, ta.id(), ask("ci", null, null, clock.instant().plusSeconds(60)));
        service.authenticate(ci.secret().reveal());

        clock.advance(Duration.ofSeconds(60));

        Unauthenticated expired = assertThrows(Unauthenticated.class, () -> service.authenticate(ci.secret().reveal()));
        assertTrue(expired.getMessage().contains("expired"), expired.getMessage());
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceThoughCached() {
        IssuedToken ci = service.create(admin, ta.id(), ask("ci", null, null, null));
        IssuedToken kept = service.create(admin, ta.id(), ask("kept", null, null, null));
        service.authenticate(ci.secret().reveal());

        service.revoke(tess, ta.id(), ci.info().id());

        assertThrows(Unauthenticated.class, () -> service.authenticate(ci.secret().reveal()));
        assertEquals("kept", service.authenticate(kept.secret().reveal()).tokenName());
        assertThrows(NotFound.class, () -> service.revoke(admin, ta.id(), ci.info().id()));
    }

    @Test
    void aUserManagesOnlyTheirOwnTokensAndAnAdminAnyones() {
        service.create(admin, other.id(), ask("theirs", null, null, null));
        Forbidden create = assertThrows(Forbidden.class, () -> service.create(tess, other.id(), ask("x", null, null, null)));
        assertEquals("only an admin may manage another user's tokens", create.getMessage());
        assertThrows(Forbidden.class, () -> service.list(tess, other.id()));
        assertThrows(Forbidden.class, () -> service.revoke(tess, other.id(), new TokenId(1)));
        assertThrows(Forbidden.class, () -> service.list(tess, new UserId(999_999)), "no hint whether the id exists");
        assertThrows(NotFound.class, () -> service.list(admin, new UserId(999_999)));
        assertEquals(List.of(new TokenName("theirs")), names(service.list(admin, other.id())));
        assertEquals(List.of(), service.list(tess, ta.id()));
    }

    @Test
    void aTokenMadeWithAScopedTokenIsNoWiderThanIt() {
        IssuedToken narrow = service.create(tess, ta.id(), ask("narrow", EnumSet.of(Scope.GRADING_READ), null, null));
        Caller withNarrow = service.authenticate(narrow.secret().reveal());

        assertThrows(Forbidden.class, () -> service.create(withNarrow, ta.id(), ask("wide", EnumSet.of(Scope.ADMIN), null, null)));
        IssuedToken child = service.create(withNarrow, ta.id(), ask("child", null, null, null));
        assertEquals(Set.of(Scope.GRADING_READ), child.info().grant().scopes());
    }

    @Test
    void lastUseIsWrittenAtMostOncePerMinute() {
        IssuedToken ci = service.create(tess, ta.id(), ask("ci", null, null, null));
        Instant first = clock.instant();
        service.authenticate(ci.secret().reveal());
        clock.advance(Duration.ofSeconds(59));
        service.authenticate(ci.secret().reveal());
        assertEquals(Optional.of(first), lastUsed("ci"));

        clock.advance(Duration.ofSeconds(1));
        service.authenticate(ci.secret().reveal());

        assertEquals(Optional.of(first.plusSeconds(60)), lastUsed("ci"));
    }

    @Test
    void theOperatorReplacesANamedTokenAndLeavesTheOthers() {
        IssuedToken kept = service.create(admin, ta.id(), ask("kept", null, null, null));
        IssuedToken before = service.issue(ta.userName(), ask("ci", EnumSet.of(Scope.RESULTS_WRITE), null, null));
        service.authenticate(before.secret().reveal());

        IssuedToken after = service.issue(ta.userName(), ask("ci", EnumSet.of(Scope.GRADING_READ), Set.of(CourseId.DEFAULT), null));

        assertThrows(Unauthenticated.class, () -> service.authenticate(before.secret().reveal()));
        assertEquals(Set.of(Scope.GRADING_READ), service.authenticate(after.secret().reveal()).grant().scopes());
        assertEquals("kept", service.authenticate(kept.secret().reveal()).tokenName());
        assertEquals(List.of(new TokenName("kept"), new TokenName("ci")), names(service.list(admin, ta.id())));
        assertThrows(NotFound.class, () -> service.issue(new org.courseport.domain.user.UserName("nobody"),
                ask("ci", null, null, null)));
    }

    @Test
    void theOlderRouteReplacesOnlyTheDefaultToken() {
        IssuedToken ci = service.create(admin, ta.id(), ask("ci", null, null, null));
        service.issue(admin, ta.id());
        service.issue(admin, ta.id());

        assertEquals(List.of(new TokenName("ci"), TokenName.DEFAULT), names(service.list(admin, ta.id())));
        assertEquals(TokenGrant.DEFAULT, service.list(admin, ta.id()).get(1).grant());
        service.authenticate(ci.secret().reveal());
    }

    private Optional<Instant> lastUsed(String name) {
        return service.list(admin, ta.id()).stream().filter(t -> t.grant().name().value().equals(name)).findFirst()
                .orElseThrow().lastUsedAt();
    }

    private static List<TokenName> names(List<TokenInfo> tokens) {
        return tokens.stream().map(t -> t.grant().name()).toList();
    }
}
