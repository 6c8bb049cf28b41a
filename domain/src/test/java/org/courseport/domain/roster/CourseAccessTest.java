package org.courseport.domain.roster;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CourseAccessTest {
    private static final CourseId COURSE = new CourseId(3);
    private static final Caller PAT = new Caller(new UserName("pat"), UserType.STUDENT);

    @ParameterizedTest(name = "{0} may {1}: {2}")
    @CsvSource({
            "INSTRUCTOR, SEE_ASSIGNMENTS, true", "INSTRUCTOR, READ, true", "INSTRUCTOR, GRADE, true", "INSTRUCTOR, MARK, true",
            "INSTRUCTOR, MANAGE, true",
            "TA, SEE_ASSIGNMENTS, true", "TA, READ, true", "TA, GRADE, true", "TA, MARK, false", "TA, MANAGE, false",
            "STUDENT, SEE_ASSIGNMENTS, true", "STUDENT, READ, false", "STUDENT, GRADE, false", "STUDENT, MARK, false",
            "STUDENT, MANAGE, false"})
    void aRoleAllowsWhatItsTypeAllows(RoleType type, CourseAction action, boolean allowed) {
        CourseAccess access = new CourseAccess(COURSE, PAT, Optional.of(role(type, false)));
        if (allowed) {
            assertDoesNotThrow(() -> access.require(action));
        } else {
            Forbidden refused = assertThrows(Forbidden.class, () -> access.require(action));
            assertEquals(true, refused.getMessage().startsWith("a " + type.wireName() + " of this course may not "),
                    refused.getMessage());
        }
    }

    @Test
    void aTokenLimitedToOtherCoursesEntersNoneOfThemWhateverTheRole() {
        org.courseport.domain.auth.TokenGrant otherCourse = new org.courseport.domain.auth.TokenGrant(
                new org.courseport.domain.auth.TokenName("ci"), org.courseport.domain.auth.Scope.all(),
                Optional.of(java.util.Set.of(new CourseId(4))), Optional.empty());
        for (UserType type : UserType.values()) {
            CourseAccess access = new CourseAccess(COURSE, new Caller(new UserName("root"), type, otherCourse),
                    Optional.of(role(RoleType.INSTRUCTOR, false)));
            Forbidden refused = assertThrows(Forbidden.class, () -> access.require(CourseAction.SEE_ASSIGNMENTS));
            assertEquals("the token 'ci' is limited to course 4, not course 3", refused.getMessage());
        }
        Caller inCourse = new Caller(new UserName("ta"), UserType.TA, new org.courseport.domain.auth.TokenGrant(
                new org.courseport.domain.auth.TokenName("ci"), org.courseport.domain.auth.Scope.all(),
                Optional.of(java.util.Set.of(COURSE)), Optional.empty()));
        CourseAccess access = new CourseAccess(COURSE, inCourse, Optional.of(role(RoleType.TA, false)));
        assertDoesNotThrow(() -> access.require(CourseAction.GRADE));
        assertEquals(inCourse.grant(), access.actingCaller().grant());
    }

    @Test
    void anAdminNeedsNoRoleAndActsAsItself() {
        Caller admin = new Caller(new UserName("root"), UserType.ADMIN);
        CourseAccess access = new CourseAccess(COURSE, admin, Optional.empty());
        for (CourseAction action : CourseAction.values()) {
            assertDoesNotThrow(() -> access.require(action));
        }
        assertEquals(admin, access.actingCaller());
        assertEquals(admin, new CourseAccess(COURSE, admin, Optional.of(role(RoleType.STUDENT, false))).actingCaller());
    }

    @Test
    void noRoleOrAHiddenOneOpensNothing() {
        for (Optional<Role> role : java.util.List.of(Optional.<Role>empty(), Optional.of(role(RoleType.INSTRUCTOR, true)))) {
            CourseAccess access = new CourseAccess(COURSE, PAT, role);
            Forbidden refused = assertThrows(Forbidden.class, () -> access.require(CourseAction.SEE_ASSIGNMENTS));
            assertEquals("pat has no role in this course", refused.getMessage());
        }
        assertEquals(PAT, new CourseAccess(COURSE, PAT, Optional.empty()).actingCaller());
    }

    @ParameterizedTest
    @CsvSource({"INSTRUCTOR, ADMIN", "TA, TA", "STUDENT, STUDENT"})
    void aRoleActsWithTheMatchingGlobalType(RoleType type, UserType acting) {
        assertEquals(new Caller(PAT.name(), acting), new CourseAccess(COURSE, PAT, Optional.of(role(type, false))).actingCaller());
    }

    private static Role role(RoleType type, boolean hidden) {
        User user = new User(new UserId(1), PAT.name(), UserType.STUDENT, new PersonalDetails("P", "T", null, null, 0),
                Instant.EPOCH, Instant.EPOCH);
        return new Role(1, COURSE, user, type, Optional.empty(), 0, hidden);
    }
}
