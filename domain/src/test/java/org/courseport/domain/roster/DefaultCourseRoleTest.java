package org.courseport.domain.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.courseport.domain.roster.DefaultCourseRole.Change;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

class DefaultCourseRoleTest {

    @Test
    void anOlderTaOrStudentHoldsThatRoleWithItsSectionAndCredits() {
        assertEquals(Optional.of(new DefaultCourseRole(RoleType.TA, Optional.of(new SectionName("L1")), 2)),
                DefaultCourseRole.of(user(UserType.TA, "L1", 2)));
        assertEquals(Optional.of(new DefaultCourseRole(RoleType.STUDENT, Optional.empty(), 0)),
                DefaultCourseRole.of(user(UserType.STUDENT, null, 0)));
        for (UserType none : new UserType[] {UserType.ADMIN, UserType.ADMIN_USER, UserType.END_USER}) {
            assertEquals(Optional.empty(), DefaultCourseRole.of(user(none, "L1", 2)), none.wireName());
        }
    }

    @Test
    void aCreatedUserGetsItsRoleOnlyIfItsTypeGivesOne() {
        assertEquals(Change.PUT, DefaultCourseRole.between(Optional.empty(), user(UserType.TA, null, 0)));
        assertEquals(Change.PUT, DefaultCourseRole.between(Optional.empty(), user(UserType.STUDENT, null, 0)));
        assertEquals(Change.KEEP, DefaultCourseRole.between(Optional.empty(), user(UserType.END_USER, null, 0)));
        assertEquals(Change.KEEP, DefaultCourseRole.between(Optional.empty(), user(UserType.ADMIN, "L1", 0)));
    }

    @Test
    void aChangedUserMovesItsRoleOnlyWhenWhatTheRoleMirrorsChanged() {
        User ta = user(UserType.TA, "L1", 1);
        assertEquals(Change.KEEP, DefaultCourseRole.between(Optional.of(ta), user(UserType.TA, "L1", 1)));
        assertEquals(Change.PUT, DefaultCourseRole.between(Optional.of(ta), user(UserType.STUDENT, "L1", 1)));
        assertEquals(Change.PUT, DefaultCourseRole.between(Optional.of(ta), user(UserType.TA, "L2", 1)));
        assertEquals(Change.PUT, DefaultCourseRole.between(Optional.of(ta), user(UserType.TA, "L1", 3)));
        assertEquals(Change.REMOVE, DefaultCourseRole.between(Optional.of(ta), user(UserType.ADMIN, "L1", 1)));
        assertEquals(Change.REMOVE, DefaultCourseRole.between(Optional.of(ta), user(UserType.END_USER, "L1", 1)));
        User endUser = user(UserType.END_USER, null, 0);
        assertEquals(Change.KEEP, DefaultCourseRole.between(Optional.of(endUser), user(UserType.END_USER, "L1", 4)),
                "a MarkUs user's roles are given per course, never by its attributes");
        assertEquals(Change.PUT, DefaultCourseRole.between(Optional.of(endUser), user(UserType.STUDENT, null, 0)));
    }

    @Test
    void aRoleNeedsItsTypeAndSection() {
        assertThrows(NullPointerException.class, () -> new DefaultCourseRole(null, Optional.empty(), 0));
        assertThrows(NullPointerException.class, () -> new DefaultCourseRole(RoleType.TA, null, 0));
    }

    private static User user(UserType type, String section, int credits) {
        return new User(new UserId(7), new UserName("u7"), type, new PersonalDetails("F", "L", null, section, credits),
                Instant.EPOCH, Instant.EPOCH);
    }
}
