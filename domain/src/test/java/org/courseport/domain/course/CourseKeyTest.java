package org.courseport.domain.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.courseport.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CourseKeyTest {

    @Test
    void bothFormsNameTheSameCourse() {
        CourseKey modern = CourseKey.parse("course-v1:MITx+6.002x+2026_Fall");
        CourseKey old = CourseKey.parse("MITx/6.002x/2026_Fall");
        assertEquals(modern, old);
        assertEquals("course-v1:MITx+6.002x+2026_Fall", old.toString());
    }

    @Test
    void lettersOfAnyScriptAndTheAllowedPunctuation() {
        assertEquals("course-v1:Ünï+课程~1+run:a.b-c", CourseKey.parse("course-v1:Ünï+课程~1+run:a.b-c").toString());
        assertEquals("%41", CourseKey.parse("a/b/%41").run());
    }

    @ParameterizedTest
    @ValueSource(strings = {"course-v1:a+b", "course-v1:a+b+c+d", "a/b", "a/b/c/d", "course-v1:a+b c+d",
            "course-v1:a+b%+c", "a/b~/c", "a//c", "", "course-v1:a+b+<c>"})
    void anythingElseIsInvalid(String text) {
        assertThrows(InvalidInput.class, () -> CourseKey.parse(text));
    }

    @Test
    void theMessageNamesThePart() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> CourseKey.parse("course-v1:MITx+6 002+run"));
        assertTrue(e.getMessage().contains("course part '6 002'"), e.getMessage());
    }

    @Test
    void aKeyMayBe255CharactersLong() {
        String longest = "course-v1:o+c+" + "r".repeat(255 - 14);
        assertEquals(255, longest.length());
        assertEquals(longest, CourseKey.parse(longest).toString());
        InvalidInput e = assertThrows(InvalidInput.class, () -> CourseKey.parse(longest + "r"));
        assertEquals("course_key: may be at most 255 characters long", e.getMessage());
    }

    @Test
    void aKeyBuiltFromPartsChecksEachPart() {
        assertEquals("course-v1:o+c+r", new CourseKey("o", "c", "r").toString());
        assertEquals("course_key: the org part 'o o' is not allowed in a course key",
                assertThrows(InvalidInput.class, () -> new CourseKey("o o", "c", "r")).getMessage());
        assertEquals("course_key: the course part 'c/c' is not allowed in a course key",
                assertThrows(InvalidInput.class, () -> new CourseKey("o", "c/c", "r")).getMessage());
        assertEquals("course_key: the run part 'null' is not allowed in a course key",
                assertThrows(InvalidInput.class, () -> new CourseKey("o", "c", null)).getMessage());
    }
}
