package org.courseport.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.Unauthenticated;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

class TokenGrantTest {
    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private static final TokenName CI = new TokenName("ci");
    private static final CourseId ONE = new CourseId(1);
    private static final CourseId TWO = new CourseId(2);

    private static TokenGrant grant(Set<Scope> scopes, Optional<Set<CourseId>> courses, Optional<Instant> expiresAt) {
        return new TokenGrant(CI, scopes, courses, expiresAt);
    }

    private static NewToken ask(Optional<Set<Scope>> scopes, Optional<Set<CourseId>> courses, Optional<Instant> expiresAt) {
        return new NewToken(new TokenName("child"), scopes, courses, expiresAt);
    }

    @Test
    void theDefaultGrantHasEveryScopeEveryCourseAndNoEnd() {
        assertEquals(TokenName.DEFAULT, TokenGrant.DEFAULT.name());
        assertEquals(Scope.all(), TokenGrant.DEFAULT.scopes());
        assertTrue(TokenGrant.DEFAULT.covers(new CourseId(12345)));
        TokenGrant.DEFAULT.requireEveryCourse("listing");
        TokenGrant.DEFAULT.requireUnexpired(Instant.MAX);
        assertEquals("default", new Caller(new UserName("ann"), UserType.TA).tokenName());
    }

    @Test
    void onlyEveryScopeInEveryCourseLimitsNothing() {
        assertTrue(TokenGrant.DEFAULT.limitsNothing());
        assertTrue(grant(Scope.all(), Optional.empty(), Optional.of(NOW)).limitsNothing(), "an expiry is checked apart");
        Set<Scope> allButAdmin = EnumSet.copyOf(Scope.all());
        allButAdmin.remove(Scope.ADMIN);
        assertFalse(grant(allButAdmin, Optional.empty(), Optional.empty()).limitsNothing());
        assertFalse(grant(Scope.all(), Optional.of(Set.of(ONE)), Optional.empty()).limitsNothing());
    }

    @Test
    void aMissingScopeIsForbiddenByName() {
        TokenGrant results = grant(EnumSet.of(Scope.RESULTS_WRITE), Optional.empty(), Optional.empty());
        results.requireScope(Scope.RESULTS_WRITE);

        Forbidden refused = assertThrows(Forbidden.class, () -> results.requireScope(Scope.SUBMISSIONS_READ));
        assertEquals("the token 'ci' lacks the scope submissions:read", refused.getMessage());
    }

    @Test
    void aCourseOutsideTheLimitIsForbiddenByNumber() {
        TokenGrant limited = grant(Scope.all(), Optional.of(Set.of(TWO, ONE)), Optional.empty());
        assertTrue(limited.covers(ONE));
        limited.requireCourse(TWO);
        assertFalse(limited.covers(CourseId.DEFAULT));

        Forbidden refused = assertThrows(Forbidden.class, () -> limited.requireCourse(new CourseId(3)));
        assertEquals("the token 'ci' is limited to courses 1, 2, not course 3", refused.getMessage());
        Forbidden everywhere = assertThrows(Forbidden.class, () -> limited.requireEveryCourse("exporting OLX"));
        assertEquals("the token 'ci' is limited to courses 1, 2; exporting OLX needs a token for every course",
                everywhere.getMessage());
        Forbidden single = assertThrows(Forbidden.class,
                () -> grant(Scope.all(), Optional.of(Set.of(ONE)), Optional.empty()).requireCourse(TWO));
        assertEquals("the token 'ci' is limited to course 1, not course 2", single.getMessage());
    }

    @Test
    void aTokenStopsAtItsExpiryInstantExactly() {
        TokenGrant ending = grant(Scope.all(), Optional.empty(), Optional.of(NOW));
        ending.requireUnexpired(NOW.minusMillis(1));

        Unauthenticated expired = assertThrows(Unauthenticated.class, () -> ending.requireUnexpired(NOW));
        assertEquals("the token 'ci' expired at 2026-09-01T10:00:00Z", expired.getMessage());
        assertThrows(Unauthenticated.class, () -> ending.requireUnexpired(NOW.plusSeconds(1)));
    }

    @Test
    void aNewTokenTakesWhatItAsksForWithinTheAskingToken() {
        TokenGrant parent = grant(EnumSet.of(Scope.GRADING_READ, Scope.RESULTS_WRITE), Optional.of(Set.of(ONE, TWO)),
                Optional.of(NOW.plusSeconds(3600)));

        TokenGrant child = parent.narrow(ask(Optional.of(Set.of(Scope.RESULTS_WRITE)), Optional.of(Set.of(TWO)),
                Optional.of(NOW.plusSeconds(60))), NOW);

        assertEquals(new TokenGrant(new TokenName("child"), Set.of(Scope.RESULTS_WRITE), Optional.of(Set.of(TWO)),
                Optional.of(NOW.plusSeconds(60))), child);
    }

    @Test
    void aNewTokenAskingNothingInheritsTheAskingTokensLimits() {
        TokenGrant parent = grant(EnumSet.of(Scope.GRADING_READ), Optional.of(Set.of(ONE)), Optional.of(NOW.plusSeconds(5)));

        TokenGrant child = parent.narrow(ask(Optional.empty(), Optional.empty(), Optional.empty()), NOW);

        assertEquals(Set.of(Scope.GRADING_READ), child.scopes());
        assertEquals(Optional.of(Set.of(ONE)), child.courses());
        assertEquals(Optional.of(NOW.plusSeconds(5)), child.expiresAt());
        assertEquals(new TokenName("child"), child.name());
    }

    @Test
    void anUnlimitedTokenMakesAnUnlimitedOneWhenAskedNothing() {
        TokenGrant child = TokenGrant.DEFAULT.narrow(ask(Optional.empty(), Optional.empty(), Optional.empty()), NOW);

        assertEquals(Scope.all(), child.scopes());
        assertEquals(Optional.empty(), child.courses());
        assertEquals(Optional.empty(), child.expiresAt());
    }

    @Test
    void aNewTokenCannotGoBeyondTheAskingToken() {
        TokenGrant parent = grant(EnumSet.of(Scope.GRADING_READ), Optional.of(Set.of(ONE)), Optional.of(NOW.plusSeconds(60)));

        Forbidden scope = assertThrows(Forbidden.class, () -> parent.narrow(
                ask(Optional.of(EnumSet.of(Scope.GRADING_READ, Scope.ADMIN, Scope.USERS_READ)), Optional.empty(),
                        Optional.empty()), NOW));
        assertEquals("the token 'ci' cannot give scopes it lacks: users:read admin", scope.getMessage());
        Forbidden course = assertThrows(Forbidden.class, () -> parent.narrow(
                ask(Optional.empty(), Optional.of(Set.of(TWO)), Optional.empty()), NOW));
        assertTrue(course.getMessage().contains("not course 2"), course.getMessage());
        Forbidden longer = assertThrows(Forbidden.class, () -> parent.narrow(
                ask(Optional.empty(), Optional.empty(), Optional.of(NOW.plusSeconds(61))), NOW));
        assertEquals("the token 'ci' expires at 2026-09-01T10:01:00Z and cannot make one that outlives it",
                longer.getMessage());
        parent.narrow(ask(Optional.empty(), Optional.empty(), Optional.of(NOW.plusSeconds(60))), NOW);
    }

    @Test
    void aNewTokenMustEndInTheFuture() {
        InvalidInput past = assertThrows(InvalidInput.class, () -> TokenGrant.DEFAULT.narrow(
                ask(Optional.empty(), Optional.empty(), Optional.of(NOW)), NOW));
        assertEquals("expires_at", past.errors().get(0).field());
        TokenGrant.DEFAULT.narrow(ask(Optional.empty(), Optional.empty(), Optional.of(NOW.plusMillis(1))), NOW);
    }

    @Test
    void aNewTokenNamesSomethingWhenItNamesScopesOrCourses() {
        TokenName name = new TokenName("x");
        assertThrows(InvalidInput.class, () -> new NewToken(name, Optional.of(Set.of()), Optional.empty(), Optional.empty()));
        assertThrows(InvalidInput.class, () -> new NewToken(name, Optional.empty(), Optional.of(Set.of()), Optional.empty()));
    }

    @Test
    void grantsCopyWhatTheyAreGiven() {
        Set<Scope> scopes = EnumSet.of(Scope.ADMIN);
        TokenGrant grant = grant(scopes, Optional.empty(), Optional.empty());
        scopes.add(Scope.USERS_READ);

        assertEquals(Set.of(Scope.ADMIN), grant.scopes());
        assertEquals(Set.of(), grant(Set.of(), Optional.empty(), Optional.empty()).scopes());
    }
}
