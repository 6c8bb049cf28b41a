package org.courseport.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void scopesHaveTheirWireNames() {
        assertEquals("users:read users:write courses:read courses:import courses:export grading:read grading:write "
                + "submissions:read results:write admin", Scope.list(Scope.all()));
        assertEquals("results:write", Scope.RESULTS_WRITE.toString());
    }

    @Test
    void listsReadWithCommasOrSpacesInAnyCase() {
        assertEquals(EnumSet.of(Scope.GRADING_READ, Scope.ADMIN), Scope.parseList(" Admin, grading:read "));
        assertEquals(EnumSet.of(Scope.USERS_READ, Scope.USERS_WRITE), Scope.parseList("users:write users:read"));
        assertTrue(Scope.parseList("").isEmpty());
        assertTrue(Scope.parseList(null).isEmpty());
        assertEquals("users:read admin", Scope.list(List.of(Scope.ADMIN, Scope.USERS_READ)));
    }

    @Test
    void anUnknownScopeIsInvalidInputNamingIt() {
        InvalidInput wrong = assertThrows(InvalidInput.class, () -> Scope.parse("grading:admin"));
        assertTrue(wrong.getMessage().contains("'grading:admin'") || wrong.errors().get(0).message().contains("'grading:admin'"));
        assertEquals("scopes", wrong.errors().get(0).field());
        assertThrows(InvalidInput.class, () -> Scope.parse(null));
    }

    @Test
    void tokenNamesAndIdsValidate() {
        assertEquals("ci-bot_1.x", new TokenName("ci-bot_1.x").toString());
        assertThrows(InvalidInput.class, () -> new TokenName(""));
        assertThrows(InvalidInput.class, () -> new TokenName("-lead"));
        assertThrows(InvalidInput.class, () -> new TokenName("a b"));
        assertThrows(InvalidInput.class, () -> new TokenName("x".repeat(81)));
        new TokenName("x".repeat(80));
        assertEquals(7, TokenId.parse(" 7 ").value());
        assertThrows(InvalidInput.class, () -> TokenId.parse("0"));
        assertThrows(InvalidInput.class, () -> TokenId.parse("x"));
        assertThrows(InvalidInput.class, () -> TokenId.parse(null));
    }

    @Test
    void aCallerActingInAnotherRoleKeepsItsToken() {
        TokenGrant grant = new TokenGrant(new TokenName("ci"), EnumSet.of(Scope.GRADING_READ),
                java.util.Optional.of(java.util.Set.of(new CourseId(4))), java.util.Optional.empty());
        Caller caller = new Caller(new UserName("ann"), UserType.STUDENT, grant);

        Caller acting = caller.actingAs(UserType.ADMIN);

        assertEquals(new Caller(new UserName("ann"), UserType.ADMIN, grant), acting);
        assertEquals("ci", acting.tokenName());
    }
}
