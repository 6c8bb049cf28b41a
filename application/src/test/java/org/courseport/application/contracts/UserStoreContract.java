package org.courseport.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.courseport.application.query.CollectionQueries;
import org.courseport.application.query.CollectionRequest;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.query.Listing;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserSchema;
import org.courseport.domain.user.UserStore;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link UserStore} keeps. The tests may share one store, so each works in a section of its own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class UserStoreContract {
    /** The store under test; one per class, so each test works in a section of its own. */
    protected abstract UserStore store();

    private static final Instant NOW = Instant.parse("2026-09-01T10:15:30.123456789Z");

    @Test
    void createdUserIsFoundByIdAndNameWithEveryAttribute() {
        String section = section();
        User created = store().create(new NewUser(name("ada"), UserType.TA,
                new PersonalDetails("Ada", "Lovelace", "ada@example.org", section, 3)), NOW);

        User expected = new User(created.id(), created.userName(), UserType.TA,
                new PersonalDetails("Ada", "Lovelace", "ada@example.org", section, 3),
                NOW.truncatedTo(ChronoUnit.MICROS), NOW.truncatedTo(ChronoUnit.MICROS));
        assertEquals(expected, created);
        assertEquals(expected, store().find(created.id()).orElseThrow());
        assertEquals(expected, store().findByName(created.userName()).orElseThrow());
        assertFalse(store().isEmpty());
    }

    @Test
    void absentOptionalAttributesComeBackAsNull() {
        User created = store().create(new NewUser(name("bare"), UserType.STUDENT,
                new PersonalDetails("B", "Are", null, null, 0)), NOW);

        User found = store().find(created.id()).orElseThrow();
        assertEquals(null, found.details().email());
        assertEquals(null, found.details().sectionName());
    }

    @Test
    void unknownIdOrNameFindsNothing() {
        assertTrue(store().find(new UserId(Long.MAX_VALUE)).isEmpty());
        assertTrue(store().findByName(name("nobody")).isEmpty());
    }

    @Test
    void duplicateUserNameIsAConflict() {
        UserName taken = name("twin");
        store().create(student(taken, section()), NOW);

        assertThrows(Conflict.class, () -> store().create(student(taken, section()), NOW));
    }

    @Test
    void namesDifferingOnlyInLetterCaseAreOneName() {
        UserName twin = name("Twin");
        User first = store().create(student(twin, section()), NOW);
        UserName shouting = new UserName(twin.value().toUpperCase(java.util.Locale.ROOT));

        Conflict conflict = assertThrows(Conflict.class, () -> store().create(student(shouting, section()), NOW));
        assertTrue(conflict.getMessage().contains(shouting.value()), conflict.getMessage());
        assertEquals(first.id(), store().findByName(shouting).orElseThrow().id());
        User other = store().create(student(name("other"), section()), NOW);
        assertThrows(Conflict.class, () -> store().update(new User(other.id(), shouting, other.type(), other.details(),
                other.createdAt(), other.updatedAt()), NOW));
        User renamed = store().update(new User(first.id(), shouting, first.type(), first.details(),
                first.createdAt(), first.updatedAt()), NOW);
        assertEquals(shouting, renamed.userName());
        assertEquals(first.id(), store().findByName(twin).orElseThrow().id());
    }

    @Test
    void namesAreStoredInNfcAndFoundInEitherForm() {
        String stem = "jose" + UUID.randomUUID().toString().substring(0, 8);
        User created = store().create(student(new UserName(stem + "e\u0301"), section()), NOW);
        assertEquals(stem + "\u00e9", created.userName().value());
        assertEquals(created, store().findByName(new UserName(stem + "\u00e9")).orElseThrow());
        assertEquals(created, store().find(created.id()).orElseThrow());
    }

    @Test
    void updateReplacesAttributesButNotIdOrCreationTime() {
        User created = store().create(student(name("before"), section()), NOW);
        Instant later = NOW.plusSeconds(60);
        User changed = new User(created.id(), name("after"), UserType.TA,
                new PersonalDetails("New", "Name", "new@example.org", null, 7), created.createdAt(), created.updatedAt());

        User updated = store().update(changed, later);

        assertEquals(new User(created.id(), changed.userName(), UserType.TA, changed.details(),
                created.createdAt(), later.truncatedTo(ChronoUnit.MICROS)), updated);
        assertEquals(updated, store().find(created.id()).orElseThrow());
    }

    @Test
    void updateToATakenNameIsAConflictAndOfAMissingUserNotFound() {
        User first = store().create(student(name("first"), section()), NOW);
        User second = store().create(student(name("second"), section()), NOW);
        User clash = new User(second.id(), first.userName(), second.type(), second.details(),
                second.createdAt(), second.updatedAt());
        User ghost = new User(new UserId(Long.MAX_VALUE), name("ghost"), UserType.TA, second.details(), NOW, NOW);

        assertThrows(Conflict.class, () -> store().update(clash, NOW));
        assertThrows(NotFound.class, () -> store().update(ghost, NOW));
    }

    @Test
    void deletedUserIsGone() {
        User created = store().create(student(name("gone"), section()), NOW);

        store().delete(created.id());

        assertTrue(store().find(created.id()).isEmpty());
    }

    @Test
    void filterComparesTextWithoutRegardToCaseAndAndsSeveralFilters() {
        String section = section();
        User ta = store().create(new NewUser(name("ta"), UserType.TA, new PersonalDetails("Émile", "Zola", null, section, 0)), NOW);
        store().create(student(name("st"), section), NOW);
        store().create(new NewUser(name("other"), UserType.TA, new PersonalDetails("Émile", "Other", null, section(), 0)), NOW);

        assertEquals(List.of(ta.id()), ids(list("section_name:" + section.toUpperCase() + ",type:Ta", null, null, null)));
        assertEquals(List.of(ta.id()), ids(list("section_name:" + section + ",first_name:ÉMILE", null, null, null)));
    }

    @Test
    void filterOnNumbersAndTimes() {
        String section = section();
        User rich = store().create(new NewUser(name("rich"), UserType.STUDENT, new PersonalDetails("R", "Ich", null, section, 5)), NOW);
        store().create(student(name("poor"), section), NOW.plusSeconds(1));

        assertEquals(List.of(rich.id()), ids(list("section_name:" + section + ",grace_credits:5", null, null, null)));
        assertEquals(List.of(rich.id()), ids(list("section_name:" + section + ",created_at:"
                + NOW.truncatedTo(ChronoUnit.MICROS), null, null, null)));
    }

    @Test
    void aFilterValueWrittenAsSqlIsComparedAsText() {
        String section = section();
        User victim = store().create(student(name("victim"), section), NOW);

        Listing<User> listing = list("section_name:" + section + "' or '1'='1,last_name:x') or (1=1", null, null, null);

        assertEquals(List.of(), ids(listing));
        assertTrue(store().find(victim.id()).isPresent());
    }

    @Test
    void sortsByAFieldEitherWayWithIdBreakingTies() {
        String section = section();
        User b = store().create(new NewUser(name("b"), UserType.STUDENT, new PersonalDetails("F", "bravo", null, section, 0)), NOW);
        User a1 = store().create(new NewUser(name("a1"), UserType.STUDENT, new PersonalDetails("F", "alpha", null, section, 0)), NOW);
        User a2 = store().create(new NewUser(name("a2"), UserType.STUDENT, new PersonalDetails("F", "alpha", null, section, 0)), NOW);
        User c = store().create(new NewUser(name("c"), UserType.STUDENT, new PersonalDetails("F", "charlie", null, section, 0)), NOW);

        assertEquals(List.of(a1.id(), a2.id(), b.id(), c.id()), ids(list("section_name:" + section, null, null, "last_name")));
        assertEquals(List.of(c.id(), b.id(), a2.id(), a1.id()), ids(list("section_name:" + section, null, null, "-last_name")));
        assertEquals(List.of(c.id(), a2.id(), a1.id(), b.id()), ids(list("section_name:" + section, null, null, "-id")));
    }

    @Test
    void limitAndOffsetPageThroughWithTheTotalOfAllMatches() {
        String section = section();
        List<UserId> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(store().create(student(name("p" + i), section), NOW).id());
        }

        Listing<User> page = list("section_name:" + section, "2", "1", null);
        Listing<User> beyond = list("section_name:" + section, "2", "10", null);
        Listing<User> unlimited = list("section_name:" + section, null, "3", null);

        assertEquals(all.subList(1, 3), ids(page));
        assertEquals(OptionalLong.of(5), page.total());
        assertEquals(List.of(), ids(beyond));
        assertEquals(OptionalLong.of(5), beyond.total());
        assertEquals(all.subList(3, 5), ids(unlimited));
        assertEquals(OptionalLong.empty(), unlimited.total());
    }

    private Listing<User> list(String filter, String limit, String offset, String sort) {
        return store().list(CollectionQueries.parse(UserSchema.SCHEMA, new CollectionRequest(filter, null, limit, offset, sort)));
    }

    private static List<UserId> ids(Listing<User> listing) {
        List<UserId> ids = new ArrayList<>();
        listing.rows().forEach(user -> ids.add(user.id()));
        return ids;
    }

    private static NewUser student(UserName name, String section) {
        return new NewUser(name, UserType.STUDENT, new PersonalDetails("Stu", "Dent", null, section, 0));
    }

    /** A name no other test uses. */
    private static UserName name(String stem) {
        return new UserName(stem + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    protected static String section() {
        return "s" + UUID.randomUUID().toString().substring(0, 8);
    }
}
