package org.courseport.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Set;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.Unauthenticated;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

class AuthValuesTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void tokensAreRandomAndHashedStably() {
        ApiToken one = ApiToken.generate(random);
        ApiToken two = ApiToken.generate(random);
        assertNotEquals(one.reveal(), two.reveal());
        assertTrue(one.reveal().length() >= 4 + 43, "256 bits in base64url");
        assertEquals(one.hash(), ApiToken.parse(one.reveal()).hash());
        assertNotEquals(one.hash(), two.hash());
        assertFalse(one.hash().hex().contains(one.reveal()));
        assertFalse(one.toString().contains(one.reveal()), "toString must not leak the secret");
    }

    @Test
    void malformedTokensNameNoOne() {
        assertThrows(Unauthenticated.class, () -> ApiToken.parse("abc"));
        assertThrows(Unauthenticated.class, () -> ApiToken.parse(null));
        assertThrows(Unauthenticated.class, () -> ApiToken.parse(ApiToken.generate(random).reveal() + "x"));
        String secret = "AZaz09_-" + "x".repeat(35);
        assertEquals("cpt_" + secret, ApiToken.parse("cpt_" + secret).reveal(), "the whole URL-safe Base64 alphabet");
        assertThrows(Unauthenticated.class, () -> ApiToken.parse("cpt_" + secret.substring(1)), "one character short");
        assertThrows(Unauthenticated.class, () -> ApiToken.parse("cpx_" + secret), "another prefix");
        for (char outside : "@[`{/:+= .".toCharArray()) {
            assertThrows(Unauthenticated.class, () -> ApiToken.parse("cpt_" + secret.substring(1) + outside), "'" + outside + "'");
        }
    }

    @Test
    void aTokenHashIsLowercaseHexOfSha256Length() {
        String digest = "0123456789abcdef".repeat(4);
        assertEquals(digest, new TokenHash(digest).hex());
        assertThrows(IllegalArgumentException.class, () -> new TokenHash(null));
        assertThrows(IllegalArgumentException.class, () -> new TokenHash(digest.substring(1)));
        assertThrows(IllegalArgumentException.class, () -> new TokenHash(digest + "0"));
        for (char outside : "/:`gA".toCharArray()) {
            assertThrows(IllegalArgumentException.class, () -> new TokenHash(digest.substring(1) + outside), "'" + outside + "'");
        }
    }

    @Test
    void rolesGrantWhatTheContractSays() {
        Caller admin = new Caller(new UserName("a"), UserType.ADMIN);
        Caller ta = new Caller(new UserName("t"), UserType.TA);
        Caller student = new Caller(new UserName("s"), UserType.STUDENT);
        for (Permission p : Permission.values()) {
            admin.require(p);
        }
        ta.require(Permission.READ);
        ta.require(Permission.GRADE);
        Forbidden forbidden = assertThrows(Forbidden.class, () -> ta.require(Permission.MANAGE));
        assertTrue(forbidden.getMessage().contains("ta"));
        for (Permission p : Permission.values()) {
            assertThrows(Forbidden.class, () -> student.require(p));
        }
    }

    @Test
    void markUsTypesGrantAsTheirGlobalStanding() {
        Caller adminUser = new Caller(new UserName("a"), UserType.ADMIN_USER);
        Caller endUser = new Caller(new UserName("e"), UserType.END_USER);
        assertEquals(Set.of(Permission.values()), adminUser.permissions());
        assertEquals(Set.of(), endUser.permissions());
        assertEquals("a EndUser may not use the API",
                assertThrows(Forbidden.class, () -> endUser.require(Permission.READ)).getMessage());
    }

    @Test
    void aRefusalSaysWhichRoleMayNotDoWhat() {
        Caller ta = new Caller(new UserName("t"), UserType.TA);
        Caller student = new Caller(new UserName("s"), UserType.STUDENT);
        assertEquals("a ta may not change users, assignments, groups or courses",
                assertThrows(Forbidden.class, () -> ta.require(Permission.MANAGE)).getMessage());
        assertEquals("a student may not use the API",
                assertThrows(Forbidden.class, () -> student.require(Permission.READ)).getMessage());
        assertEquals("a student may not grade submissions",
                assertThrows(Forbidden.class, () -> student.require(Permission.GRADE)).getMessage());
    }
}
