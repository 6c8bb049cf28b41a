package org.courseport.application.user;

import static org.courseport.application.fixtures.TestUsers.ADMIN;
import static org.courseport.application.fixtures.TestUsers.STUDENT;
import static org.courseport.application.fixtures.TestUsers.TA;
import static org.courseport.application.fixtures.TestUsers.newUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.courseport.application.auth.CallerCache;
import org.courseport.application.fixtures.InMemoryRosterStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.roster.RoleGrant;
import org.courseport.domain.roster.RoleType;
import org.courseport.domain.roster.SectionName;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserChanges;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

class UserServiceTest {
    private final InMemoryUserStore store = new InMemoryUserStore();
    private final InMemoryRosterStore roster = new InMemoryRosterStore(store);
    private final UserService users = new UserService(store, roster,
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
    void aUserReadThroughTheCacheReflectsEveryChangeMadeHere() {
        CallerCache cache = new CallerCache(Duration.ofMinutes(10), 100, Clock.systemUTC());
        UserService cached = new UserService(store, roster, Clock.systemUTC(), cache);
        User bob = cached.create(ADMIN, newUser("bob", UserType.STUDENT));
        assertEquals(bob, cached.get(TA, bob.id()));

        store.update(new User(bob.id(), bob.userName(), UserType.TA, bob.details(), bob.createdAt(), bob.updatedAt()),
                bob.updatedAt());
        assertEquals(UserType.STUDENT, cached.get(TA, bob.id()).type(), "read from the cache, not the store");

        UserChanges rename = new UserChanges(Optional.of(new UserName("robert")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        cached.update(ADMIN, bob.id(), rename);
        assertEquals("robert", cached.get(TA, bob.id()).userName().value(), "an update here is seen at once");
        assertThrows(Forbidden.class, () -> cached.get(STUDENT, bob.id()), "the cache does not skip the permission");

        cached.delete(ADMIN, bob.id());
        assertThrows(NotFound.class, () -> cached.get(TA, bob.id()), "a delete here is seen at once");
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

    @Test
    void anOlderTaOrStudentIsThatInTheDefaultCourseWithItsSectionAndCredits() {
        User tess = users.create(ADMIN, new NewUser(new UserName("tess"), UserType.TA,
                new PersonalDetails("T", "S", null, "LEC0101", 2)));
        users.create(ADMIN, newUser("sam", UserType.STUDENT));
        users.create(ADMIN, newUser("ann", UserType.ADMIN));
        users.create(ADMIN, newUser("eve", UserType.END_USER));
        users.create(ADMIN, newUser("max", UserType.ADMIN_USER));
        assertEquals(List.of("tess Ta LEC0101 2", "sam Student - 0"), defaultRoles());
        assertEquals(List.of("LEC0101"), roster.sections(CourseId.DEFAULT).stream().map(s -> s.name().value()).toList());

        users.update(ADMIN, tess.id(), change(Optional.of(UserType.STUDENT), Optional.of("LEC0201"), Optional.of(1)));
        assertEquals(List.of("tess Student LEC0201 1", "sam Student - 0"), defaultRoles());
        users.update(ADMIN, tess.id(), change(Optional.of(UserType.ADMIN), Optional.empty(), Optional.empty()));
        assertEquals(List.of("sam Student - 0"), defaultRoles());
        users.update(ADMIN, tess.id(), change(Optional.of(UserType.TA), Optional.empty(), Optional.empty()));
        assertEquals(List.of("sam Student - 0", "tess Ta LEC0201 1"), defaultRoles(), "the section is found, not made twice");
        assertEquals(2, roster.sections(CourseId.DEFAULT).size());
        users.delete(ADMIN, tess.id());
        assertEquals(List.of("sam Student - 0"), defaultRoles());
    }

    @Test
    void aRoleGivenInTheDefaultCourseSurvivesChangesThatDoNotTouchIt() {
        User eve = users.create(ADMIN, newUser("eve", UserType.END_USER));
        roster.createRole(new RoleGrant(CourseId.DEFAULT, eve.id(), RoleType.INSTRUCTOR, Optional.empty(), 0, true),
                Instant.EPOCH);
        users.update(ADMIN, eve.id(), change(Optional.empty(), Optional.of("LEC9"), Optional.of(3)));
        assertEquals(List.of("eve Instructor - 0"), defaultRoles());
        User sam = users.create(ADMIN, newUser("sam", UserType.STUDENT));
        users.update(ADMIN, sam.id(), change(Optional.empty(), Optional.empty(), Optional.of(4)));
        assertEquals(List.of("eve Instructor - 0", "sam Student - 4"), defaultRoles());
        assertTrue(roster.findRole(CourseId.DEFAULT, eve.userName()).orElseThrow().hidden());
    }

    private List<String> defaultRoles() {
        return roster.roles(CourseId.DEFAULT).stream().map(r -> r.user().userName().value() + " " + r.type().wireName()
                + " " + r.section().map(SectionName::value).orElse("-") + " " + r.graceCredits()).toList();
    }

    private static UserChanges change(Optional<UserType> type, Optional<String> section, Optional<Integer> credits) {
        return new UserChanges(Optional.empty(), type, Optional.empty(), Optional.empty(), Optional.empty(), section,
                credits);
    }
}
