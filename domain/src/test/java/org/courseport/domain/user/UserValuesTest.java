package org.courseport.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.courseport.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;

class UserValuesTest {

    @Test
    void userNamesAreWordsWithoutSpaces() {
        assertEquals("c5bennet", new UserName("c5bennet").value());
        assertEquals("ana.lópez@uni", new UserName("ana.lópez@uni").value());
        InvalidInput error = assertThrows(InvalidInput.class, () -> new UserName("bob smith"));
        assertEquals("user_name", error.errors().get(0).field());
        assertThrows(InvalidInput.class, () -> new UserName(""));
        assertThrows(InvalidInput.class, () -> new UserName("x'; drop table users; --"));
    }

    @Test
    void userNamesAreKeptInNfc() {
        UserName decomposed = new UserName("jose\u0301");
        assertEquals("jos\u00e9", decomposed.value());
        assertEquals(new UserName("jos\u00e9"), decomposed);
        assertEquals("x".repeat(79) + "\u00e9", new UserName("x".repeat(79) + "e\u0301").value(),
                "the length is counted after normalising");
    }

    @Test
    void userNamesAreTheSameRegardlessOfCase() {
        assertTrue(new UserName("Alice").sameAs(new UserName("aLICE")));
        assertTrue(new UserName("\u00c9mile").sameAs(new UserName("e\u0301mile")));
        assertFalse(new UserName("alice").sameAs(new UserName("alice2")));
    }

    @Test
    void typesAreReadInAnyCase() {
        assertEquals(UserType.TA, UserType.parse("Ta"));
        assertEquals(UserType.STUDENT, UserType.parse("STUDENT"));
        InvalidInput error = assertThrows(InvalidInput.class, () -> UserType.parse("teacher"));
        assertTrue(error.getMessage().contains("admin, ta, student"), error.getMessage());
    }

    @Test
    void markUsTypesAreReadExactly() {
        assertEquals(UserType.END_USER, UserType.parse("EndUser"));
        assertEquals(UserType.ADMIN_USER, UserType.parse(" AdminUser "));
        assertThrows(InvalidInput.class, () -> UserType.parse("enduser"));
        assertThrows(InvalidInput.class, () -> UserType.parse("adminuser"));
        InvalidInput none = assertThrows(InvalidInput.class, () -> UserType.parse(null));
        assertTrue(none.getMessage().contains("EndUser, AdminUser, not 'null'"), none.getMessage());
    }

    @Test
    void eachTypeReadsBackInTheVocabularyItWasWrittenIn() {
        for (UserType type : UserType.values()) {
            assertEquals(type, UserType.parse(type.wireName()));
        }
        assertEquals(List.of("admin", "ta", "student", "EndUser", "AdminUser"),
                Arrays.stream(UserType.values()).map(UserType::wireName).toList());
    }

    @Test
    void adminsAndStudentsAreSoInEitherVocabulary() {
        assertEquals(List.of(UserType.ADMIN, UserType.ADMIN_USER),
                Arrays.stream(UserType.values()).filter(UserType::isAdmin).toList());
        assertEquals(List.of(UserType.STUDENT, UserType.END_USER),
                Arrays.stream(UserType.values()).filter(UserType::isStudent).toList());
    }

    @Test
    void detailsRequireNamesAndValidateTheRest() {
        assertThrows(InvalidInput.class, () -> new PersonalDetails(" ", "Last", null, null, 0));
        assertThrows(InvalidInput.class, () -> new PersonalDetails("First", "Last", "not-an-email", null, 0));
        assertThrows(InvalidInput.class, () -> new PersonalDetails("First", "Last", null, null, -1));
        PersonalDetails details = new PersonalDetails(" First ", "Last", "", "  ", 2);
        assertEquals("First", details.firstName());
        assertNull(details.email(), "a blank optional value means none");
        assertNull(details.sectionName());
    }

    @Test
    void idsArePositive() {
        assertEquals(7, UserId.parse("7").value());
        assertThrows(InvalidInput.class, () -> UserId.parse("0"));
        assertThrows(InvalidInput.class, () -> UserId.parse("seven"));
        assertEquals("id: must be a positive whole number, not ''",
                assertThrows(InvalidInput.class, () -> UserId.parse(null)).getMessage());
    }

    @Test
    void changesApplyOnlyWhatIsGivenAndRevalidate() {
        Instant then = Instant.parse("2026-09-01T00:00:00Z");
        User user = new User(new UserId(1), new UserName("bob"), UserType.STUDENT,
                new PersonalDetails("Bob", "Smith", "bob@uni.edu", "L0101", 0), then, then);
        UserChanges changes = new UserChanges(Optional.empty(), Optional.of(UserType.TA), Optional.empty(),
                Optional.of("Smyth"), Optional.of(""), Optional.empty(), Optional.of(3));
        User changed = changes.applyTo(user);
        assertEquals(UserType.TA, changed.type());
        assertEquals("Bob", changed.details().firstName());
        assertEquals("Smyth", changed.details().lastName());
        assertNull(changed.details().email(), "a blank email clears it");
        assertEquals("L0101", changed.details().sectionName());
        assertEquals(3, changed.details().graceCredits());
        UserChanges bad = new UserChanges(Optional.empty(), Optional.empty(), Optional.of(""), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThrows(InvalidInput.class, () -> bad.applyTo(user));
    }

    @Test
    void detailsMayBe255CharactersAfterStripping() {
        String longest = "x".repeat(255);
        PersonalDetails details = new PersonalDetails(" " + longest + " ", longest, null, longest, 0);
        assertEquals(longest, details.firstName());
        assertEquals(longest, details.sectionName());
        InvalidInput tooLong = assertThrows(InvalidInput.class,
                () -> new PersonalDetails("First", longest + "x", null, null, 0));
        assertEquals("last_name: must be at most 255 characters", tooLong.getMessage());
        assertEquals("first_name: is required",
                assertThrows(InvalidInput.class, () -> new PersonalDetails(null, "Last", null, null, 0)).getMessage());
        assertEquals("grace_credits: must not be negative",
                assertThrows(InvalidInput.class, () -> new PersonalDetails("F", "L", null, null, -1)).getMessage());
        assertEquals(0, new PersonalDetails("F", "L", null, null, 0).graceCredits());
    }

    @Test
    void aUserNameReadsAsItsValue() {
        assertEquals("c5bennet", new UserName("c5bennet").toString());
    }
}
