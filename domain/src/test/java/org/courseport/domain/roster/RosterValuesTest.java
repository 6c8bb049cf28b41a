package org.courseport.domain.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.user.UserName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RosterValuesTest {
    @Test
    void courseNamesAreMarkUsNames() {
        assertEquals("CSC108_2026-f", new CourseName("CSC108_2026-f").toString());
        assertEquals("x".repeat(80), new CourseName("x".repeat(80)).value());
        for (String bad : new String[] {"", "a b", "é", "a.b", "x".repeat(81)}) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> new CourseName(bad));
            assertEquals("name", refused.errors().get(0).field());
        }
    }

    @Test
    void aNewCourseNeedsADisplayName() {
        assertEquals("Intro", new NewCourse(new CourseName("c"), "  Intro ", false).displayName());
        assertThrows(InvalidInput.class, () -> new NewCourse(new CourseName("c"), " ", false));
        assertThrows(InvalidInput.class, () -> new NewCourse(new CourseName("c"), null, false));
    }

    @Test
    void roleTypesAreReadExactlyAsMarkUsWritesThem() {
        assertEquals(RoleType.INSTRUCTOR, RoleType.parse("Instructor"));
        assertEquals(RoleType.TA, RoleType.parse("Ta"));
        assertEquals(RoleType.STUDENT, RoleType.parse("Student"));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> RoleType.parse("student"));
        assertEquals("must be one of Instructor, Ta, Student, not 'student'", refused.errors().get(0).message());
        assertThrows(InvalidInput.class, () -> RoleType.parse(null));
    }

    @Test
    void sectionNamesAreTrimmedNonBlankText() {
        assertEquals("LEC0101", new SectionName(" LEC0101 ").toString());
        assertEquals(255, new SectionName("s".repeat(255)).value().length());
        assertThrows(InvalidInput.class, () -> new SectionName("s".repeat(256)));
        assertThrows(InvalidInput.class, () -> new SectionName(" "));
        assertThrows(InvalidInput.class, () -> new SectionName(null));
    }

    @Test
    void graceCreditsAreNotNegative() {
        assertEquals(0, new NewRole(new UserName("a"), RoleType.TA, Optional.empty(), 0, false).graceCredits());
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> new NewRole(new UserName("a"), RoleType.TA, Optional.empty(), -1, false));
        assertEquals("grace_credits", refused.errors().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "x", "", "1.5"})
    void courseIdsAreWholeNumbersFromZero(String bad) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> CourseId.parse(bad));
        assertEquals("course_id", refused.errors().get(0).field());
    }

    @Test
    void theDefaultCourseIsZero() {
        assertEquals(CourseId.DEFAULT, CourseId.parse(" 0 "));
        assertEquals(7, CourseId.parse("7").value());
        assertThrows(InvalidInput.class, () -> CourseId.parse(null));
    }
}
