package org.courseport.domain.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.Unprocessable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GradingValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "a/../../b", "/abs", "C:/x", "a\\b", "a//b", "./a", "a/", ""})
    void submissionPathsThatCouldEscapeAreRefused(String path) {
        assertThrows(InvalidInput.class, () -> new SubmissionPath(path));
    }

    @Test
    void nestedRelativePathsAreFine() {
        assertEquals("Main.java", new SubmissionPath("src/a..b/Main.java").fileName());
    }

    @Test
    void testResultContentMustBeText() {
        assertThrows(Unprocessable.class, () -> TestResultContent.decode(new byte[] {(byte) 0xff, 'a'}));
        assertThrows(Unprocessable.class, () -> new TestResultContent("a\u0000b"));
        assertThrows(Unprocessable.class, () -> new TestResultContent("page\fbreak"), "XML 1.0 cannot carry a form feed");
        Unprocessable lone = assertThrows(Unprocessable.class, () -> new TestResultContent("a\uD800"));
        assertEquals("file_content", lone.errors().get(0).field());
        assertEquals("tab\tand\r\nlines", new TestResultContent("tab\tand\r\nlines").text());
        assertEquals("ok ✓\n", TestResultContent.decode("ok ✓\n".getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void createTakesDefaultsAndValidatesDates() {
        NewAssignment created = AssignmentEdit.of(Map.of("short_identifier", "A1", "due_date", "2026-09-01",
                "group_max", "3")).create();
        assertEquals(LocalDate.of(2026, 9, 1), created.details().dueDate());
        assertEquals(3, created.details().groupMax());
        assertEquals("A1", created.details().repositoryFolder());
        assertThrows(InvalidInput.class, () -> AssignmentEdit.of(Map.of("short_identifier", "A1",
                "due_date", "2026-9-1")).create());
        assertThrows(InvalidInput.class, () -> AssignmentEdit.of(Map.of("short_identifier", "A1")).create());
        assertThrows(InvalidInput.class, () -> AssignmentEdit.of(Map.of("short_identifier", "A1",
                "due_date", "2026-09-01", "group_min", "3", "group_max", "2")).create());
    }

    @Test
    void updateKeepsWhatIsNotGivenAndClearsBlankText() {
        AssignmentDetails base = AssignmentEdit.of(Map.of("short_identifier", "A1", "due_date", "2026-09-01",
                "message", "hello")).create().details();
        AssignmentDetails edited = AssignmentEdit.of(Map.of("message", "", "course", "MITx/6.002x/2026")).applyTo(base);
        assertNull(edited.message());
        assertEquals(base.dueDate(), edited.dueDate());
        assertEquals("course-v1:MITx+6.002x+2026", edited.course().toString());
    }

    @Test
    void courseKeysNameTheBadPart() {
        InvalidInput failure = assertThrows(InvalidInput.class, () -> AssignmentEdit.of(Map.of("course",
                "course-v1:MITx+6 002+x")).applyTo(AssignmentDetails.defaults(new ShortIdentifier("A1"), LocalDate.now())));
        assertEquals("course", failure.errors().get(0).field());
        assertTrue(failure.getMessage().contains("course part '6 002'"), failure.getMessage());
    }
}
