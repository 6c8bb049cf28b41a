package org.courseport.application.user;

import static org.courseport.application.fixtures.TestUsers.ADMIN;
import static org.courseport.application.fixtures.TestUsers.STUDENT;
import static org.courseport.application.fixtures.TestUsers.TA;
import static org.courseport.application.fixtures.TestUsers.newUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserChanges;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

class UserServiceTest {
    private final InMemoryUserStore store = new InMemoryUserStore();
    private final UserService users = new UserService(store,
            Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void anAdminCreatesAndEveryStaffMemberReads() {
        User created = users.create(ADMIN, newUser("bob", UserType.STUDENT));
        assertEquals(Instant.parse("2026-09-01T00:00:00Z"), created.createdAt());
        assertEquals(created, users.get(TA, created.id()));
        assertThrows(Forbidden.class, () -> users.create(TA, newUser("eve", UserType.STUDENT)));
        assertThrows(Forbidden.class, () -> users.get(STUDENT, created.id()));
    }

    @Test
    void listingFiltersCaseInsensitivelyAndPages() {
        users.create(ADMIN, newUser("t1", UserType.TA));
        users.create(ADMIN, newUser("s1", UserType.STUDENT));
        users.create(ADMIN, newUser("t2", UserType.TA));
        Page<User> page = users.list(TA, new CollectionRequest("type:Ta", null, "1", "1", null));
        List<String> names = new ArrayList<>();
        page.listing().rows().forEach(u -> names.add(u.userName().value()));
        assertEquals(List.of("t2"), names);
        assertEquals(2, page.listing().total().getAsLong());
    }

    @Test
    void updatesAndDeletesNeedAnExistingUser() {
        UserChanges rename = new UserChanges(Optional.empty(), Optional.empty(), Optional.of("Robert"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThrows(NotFound.class, () -> users.update(ADMIN, new UserId(99), rename));
        assertThrows(NotFound.class, () -> users.delete(ADMIN, new UserId(99)));
        User bob = users.create(ADMIN, newUser("bob", UserType.STUDENT));
        assertEquals("Robert", users.update(ADMIN, bob.id(), rename).details().firstName());
        users.delete(ADMIN, bob.id());
        assertTrue(store.all().isEmpty());
    }

    @Test
    void aTakenNameIsAConflict() {
        users.create(ADMIN, newUser("bob", UserType.STUDENT));
        assertThrows(Conflict.class, () -> users.create(ADMIN, newUser("bob", UserType.TA)));
    }

    @Test
    void aNameTakenInAnotherLetterCaseIsAConflictToo() {
        User bob = users.create(ADMIN, newUser("Bob", UserType.STUDENT));
        Conflict conflict = assertThrows(Conflict.class, () -> users.create(ADMIN, newUser("bOB", UserType.TA)));
        assertTrue(conflict.getMessage().contains("regardless of letter case"), conflict.getMessage());
        User eve = users.create(ADMIN, newUser("eve", UserType.STUDENT));
        UserChanges toBob = new UserChanges(Optional.of(new UserName("BOB")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThrows(Conflict.class, () -> users.update(ADMIN, eve.id(), toBob));
        assertEquals("BOB", users.update(ADMIN, bob.id(), toBob).userName().value(), "a user may change the case of its own name");
    }

    @Test
    void onlyAnAdminChangesOrDeletesUsersAndAStudentListsNone() {
        User bob = users.create(ADMIN, newUser("bob", UserType.STUDENT));
        UserChanges rename = new UserChanges(Optional.empty(), Optional.empty(), Optional.of("Robert"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals("a ta may not change users, assignments, groups or courses",
                assertThrows(Forbidden.class, () -> users.update(TA, bob.id(), rename)).getMessage());
        assertThrows(Forbidden.class, () -> users.delete(TA, bob.id()));
        assertThrows(Forbidden.class, () -> users.list(STUDENT, CollectionRequest.everything()));
        assertEquals(bob, users.get(TA, bob.id()), "unchanged and still there");
        assertEquals(1, users.list(TA, CollectionRequest.everything()).listing().total().orElse(1));
    }

    @Test
    void anUnknownUserIsNotFoundByItsId() {
        assertEquals("no user has id 42", assertThrows(NotFound.class, () -> users.get(TA, new UserId(42))).getMessage());
    }
}
