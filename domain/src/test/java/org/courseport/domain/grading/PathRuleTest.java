package org.courseport.domain.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The path rule, through the three values that follow it. */
class PathRuleTest {

    private static InvalidInput refused(String path) {
        return assertThrows(InvalidInput.class, () -> new SubmissionPath(path));
    }

    @Test
    void aNameOf255BytesIsAcceptedAnd256Refused() {
        assertEquals("src/" + "a".repeat(255), new SubmissionPath("src/" + "a".repeat(255)).value());
        assertTrue(refused("src/" + "a".repeat(256)).getMessage().contains("at most 255 bytes in UTF-8"));
    }

    @Test
    void nameBytesAreCountedInUtf8() {
        String twoByte = "é".repeat(127) + "a";
        assertEquals(255, twoByte.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        new SubmissionPath(twoByte);
        refused("é".repeat(128));
        String fourByte = "😀".repeat(63) + "abc";
        new SubmissionPath(fourByte);
        refused("😀".repeat(64));
    }

    @Test
    void theLengthLimitIsOfTheWholePath() {
        String path = ("a".repeat(254) + "/").repeat(4) + "a".repeat(4);
        assertEquals(1024, path.length());
        new SubmissionPath(path);
        assertTrue(refused(path + "a").getMessage().contains("at most 1024 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202Aa", "a\u202Bb", "a\u202C", "\u202D", "x\u202Ey", "\u2066a", "a\u2067", "a\u2068b",
            "a\u2069", "a\u200E", "\u200Fa", "a\u061Cb"})
    void bidiControlsAreRefusedAndNotEchoed(String path) {
        InvalidInput failure = refused("src/" + path + ".py");
        assertTrue(failure.getMessage().contains("bidirectional"), failure.getMessage());
        assertFalse(failure.getMessage().contains("src/"), "the path is not echoed: " + failure.getMessage());
    }

    @Test
    void charactersNextToTheBidiControlsAreFine() {
        new SubmissionPath("a\u2065\u206A\u200D\u2010\u061B\u061D\u2029b");
    }

    @ParameterizedTest
    @ValueSource(strings = {" main.py", "main.py ", "src /main.py", "src/ main.py", "a/\u00A0b", "a/b\u3000",
            "\u2003x"})
    void namesMayNotBeginOrEndWithASpace(String path) {
        InvalidInput failure = refused(path);
        assertTrue(failure.getMessage().contains("begin or end with a space"), failure.getMessage());
        assertEquals("filename", failure.errors().get(0).field());
    }

    @Test
    void spacesInsideANameAreFine() {
        assertEquals("my src/main file.py", new SubmissionPath("my src/main file.py").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0001b", "a\u007Fb", "a\u0085b", "a\tb"})
    void controlCharactersAreRefused(String path) {
        assertTrue(refused(path).getMessage().contains("control characters"));
    }

    @Test
    void testResultFilenamesFollowTheRuleWithTheirOwnLength() {
        assertEquals("out/results.json", new TestResultFilename("out/results.json").value());
        new TestResultFilename("a".repeat(255));
        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> new TestResultFilename("a/".repeat(127) + "ab"));
        assertTrue(tooLong.getMessage().contains("at most 255 characters"), tooLong.getMessage());
        for (String bad : List.of("", " results.json", "results.json ", "../x", "a\u202Eb", "/x", "a\\b")) {
            InvalidInput failure = assertThrows(InvalidInput.class, () -> new TestResultFilename(bad), bad);
            assertEquals("filename", failure.errors().get(0).field());
        }
    }

    @Test
    void repositoryFoldersFollowTheRuleAndAreNotStripped() {
        AssignmentDetails base = AssignmentDetails.defaults(new ShortIdentifier("A1"), LocalDate.of(2026, 9, 1));
        assertEquals("work/a1", AssignmentEdit.of(Map.of("repository_folder", "work/a1")).applyTo(base).repositoryFolder());
        assertEquals(null, AssignmentEdit.of(Map.of("repository_folder", " ")).applyTo(base).repositoryFolder());
        for (String bad : List.of(" a1", "a1 ", "../a1", "a\u2066b", "x".repeat(256))) {
            InvalidInput failure = assertThrows(InvalidInput.class,
                    () -> AssignmentEdit.of(Map.of("repository_folder", bad)).applyTo(base), bad);
            assertEquals("repository_folder", failure.errors().get(0).field());
        }
    }

    @Test
    void foldersAreTheEnclosingPaths() {
        assertEquals(List.of(), new SubmissionPath("main.py").folders());
        assertEquals(List.of("a", "a/b"), new SubmissionPath("a/b/c.py").folders());
    }

    @Test
    void aFileClashesWithAFolderOfTheSameName() {
        SubmissionPath file = new SubmissionPath("src/main.py");
        SubmissionPath inside = new SubmissionPath("src/main.py/x");
        assertTrue(file.clashesWith(inside));
        assertTrue(inside.clashesWith(file));
        assertTrue(new SubmissionPath("src").clashesWith(inside));
    }

    @Test
    void namesDifferingInCaseOnlyClash() {
        assertTrue(new SubmissionPath("Main.py").clashesWith(new SubmissionPath("main.py")));
        assertTrue(new SubmissionPath("SRC/main.py/x").clashesWith(new SubmissionPath("src/Main.py")));
    }

    @Test
    void theSamePathAndSiblingsDoNotClash() {
        SubmissionPath file = new SubmissionPath("src/main.py");
        assertFalse(file.clashesWith(new SubmissionPath("src/main.py")));
        assertFalse(file.clashesWith(new SubmissionPath("src/main.pyc")));
        assertFalse(file.clashesWith(new SubmissionPath("src/main.py.d/x")));
        assertFalse(new SubmissionPath("src/mai").clashesWith(file));
    }

    @Test
    void theConflictNamesBothPaths() {
        Conflict conflict = new SubmissionPath("src/main.py/x").conflictWith(new SubmissionPath("src/main.py"));
        assertTrue(conflict.getMessage().contains("'src/main.py'"), conflict.getMessage());
        assertTrue(conflict.getMessage().contains("'src/main.py/x'"), conflict.getMessage());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/etc/passwd|must be relative, not absolute ('/etc/passwd')",
            "C:/x|must be relative, not absolute ('C:/x')",
            "\\x|must separate names with / only ('\\x')",
            "a\\b|must separate names with / only ('a\\b')",
            "a//b|must not have empty, . or .. names ('a//b')",
            "a/./b|must not have empty, . or .. names ('a/./b')",
            "../b|must not have empty, . or .. names ('../b')",
            "a /b|must not have names that begin or end with a space ('a /b')"})
    void theMessageSaysWhichRuleIsBrokenAndEchoesAVisiblePath(String path, String message) {
        InvalidInput failure = refused(path);
        assertEquals("filename: " + message, failure.getMessage());
        assertEquals(message, failure.errors().get(0).message());
    }

    @Test
    void aMissingPathIsRequiredAndNotEchoed() {
        assertEquals("filename: is required", refused("").getMessage());
        assertEquals("filename: is required", refused(null).getMessage());
    }

    @Test
    void theRulesAboutLengthAndInvisibleCharactersSayWhatTheyAre() {
        String long256 = "a".repeat(256);
        assertEquals("filename: must be at most 255 characters ('" + long256 + "')",
                assertThrows(InvalidInput.class, () -> new TestResultFilename(long256)).getMessage());
        assertEquals("filename: must have names of at most 255 bytes in UTF-8 ('" + long256 + "')",
                refused(long256).getMessage());
        assertEquals("filename: must not hold control characters", refused("a\u0001b").getMessage());
        assertEquals("filename: must not hold bidirectional control characters (U+061C, U+200E, U+200F, U+202A to"
                + " U+202E, U+2066 to U+2069)", refused("a\u202Eb").getMessage());
    }
}
