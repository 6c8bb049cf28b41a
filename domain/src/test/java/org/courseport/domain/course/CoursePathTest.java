package org.courseport.domain.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.courseport.domain.error.Unprocessable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule for paths inside a course archive, and the message that names the rule broken. */
class CoursePathTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"|empty path",
            "/etc/passwd|absolute path",
            "\\x|absolute path",
            "C:x|absolute path",
            "a\\b|path holds a NUL or backslash",
            "a/../b|path traversal ('..')",
            "..|path traversal ('..')",
            "a//b|empty or '.' path segment",
            "a/|empty or '.' path segment",
            "./a|empty or '.' path segment"})
    void eachUnsafePathIsRefusedByName(String path, String rule) {
        assertEquals(rule, CoursePath.problem(path));
        Unprocessable e = assertThrows(Unprocessable.class, () -> CoursePath.check(path));
        assertEquals("archive entry '" + path + "' refused: " + rule, e.getMessage());
    }

    @Test
    void nullAndNulAreRefused() {
        assertEquals("empty path", CoursePath.problem(null));
        assertEquals("path holds a NUL or backslash", CoursePath.problem("\0a"));
        assertEquals("path holds a NUL or backslash", CoursePath.problem("a\0"));
    }

    @Test
    void aPathOfTheMaximumLengthIsAcceptedAndOneMoreRefused() {
        String longest = "a/".repeat(511) + "bb";
        assertEquals(CoursePath.MAX_LENGTH, longest.length());
        assertEquals(longest, CoursePath.check(longest));
        assertEquals("path longer than 1024 characters", CoursePath.problem(longest + "b"));
    }

    @Test
    void ordinaryPathsAreKeptAsWritten() {
        assertEquals("a", CoursePath.check("a"));
        assertNull(CoursePath.problem("course/html/intro..v2.xml"));
        assertNull(CoursePath.problem("ab:c/d"), "a colon makes a path absolute only in second place");
    }
}
