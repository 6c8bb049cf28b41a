package org.courseport.domain.testrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.SubmissionId;
import org.junit.jupiter.api.Test;

class TestRunValuesTest {
    private static final TestCase PASSED = new TestCase("a", TestStatus.PASS, 2, 2, "ok", OptionalLong.of(3));
    private static final TestCase HALF = new TestCase("b", TestStatus.PARTIAL, 0.5, 3, "", OptionalLong.empty());

    @Test
    void statusesReadExactlyTheirWireNames() {
        for (TestStatus status : TestStatus.values()) {
            assertEquals(status, TestStatus.parse(status.wireName()));
        }
        assertEquals("error_all", TestStatus.ERROR_ALL.wireName());
        Unprocessable wrong = assertThrows(Unprocessable.class, () -> TestStatus.parse("PASS"));
        assertEquals("status: must be one of pass, partial, fail, error, error_all, not 'PASS'", wrong.getMessage());
        for (TestRunStatus status : TestRunStatus.values()) {
            assertEquals(status, TestRunStatus.parse(status.wireName()));
        }
        assertEquals("in_progress", TestRunStatus.IN_PROGRESS.wireName());
        assertThrows(IllegalArgumentException.class, () -> TestRunStatus.parse("done"));
    }

    @Test
    void aTestNeedsANameAStatusMarksOfZeroOrMoreAndItsOutput() {
        assertThrows(Unprocessable.class, () -> new TestCase(" ", TestStatus.PASS, 1, 1, "", OptionalLong.empty()));
        assertThrows(Unprocessable.class, () -> new TestCase(null, TestStatus.PASS, 1, 1, "", OptionalLong.empty()));
        assertThrows(NullPointerException.class, () -> new TestCase("t", null, 1, 1, "", OptionalLong.empty()));
        assertEquals("marks_earned: must be a number, 0 or more, not -1.0", assertThrows(Unprocessable.class, () ->
                new TestCase("t", TestStatus.PASS, -1, 1, "", OptionalLong.empty())).getMessage());
        assertThrows(Unprocessable.class, () -> new TestCase("t", TestStatus.PASS, 1, -0.5, "", OptionalLong.empty()));
        assertThrows(Unprocessable.class, () -> new TestCase("t", TestStatus.PASS, Double.NaN, 1, "", OptionalLong.empty()));
        assertThrows(Unprocessable.class, () -> new TestCase("t", TestStatus.PASS, 1, Double.POSITIVE_INFINITY, "",
                OptionalLong.empty()));
        assertThrows(Unprocessable.class, () -> new TestCase("t", TestStatus.PASS, 1, 1, null, OptionalLong.empty()));
        assertThrows(Unprocessable.class, () -> new TestCase("t", TestStatus.PASS, 1, 1, "", OptionalLong.of(-1)));
        assertEquals(OptionalLong.of(0), new TestCase("t", TestStatus.PASS, 0, 0, "", OptionalLong.of(0)).time());
        assertEquals("a\\u0000b", new TestCase("t", TestStatus.FAIL, 0, 1, "a\u0000b", OptionalLong.empty()).output(),
                "NUL is escaped, as MarkUs stores it");
    }

    @Test
    void aGroupSumsItsTestsMarksAndRefusesATestNamedTwice() {
        TestGroupRun group = new TestGroupRun("unit", OptionalLong.of(4), 10, Optional.empty(), Optional.empty(),
                List.of(PASSED, HALF), List.of());
        assertEquals(2.5, group.marksEarned());
        assertEquals(5.0, group.marksTotal());
        Unprocessable twice = assertThrows(Unprocessable.class, () -> new TestGroupRun("unit", OptionalLong.empty(), 0,
                Optional.empty(), Optional.empty(), List.of(PASSED, PASSED), List.of()));
        assertEquals("tests: the test group unit names the test a twice", twice.getMessage());
        assertThrows(Unprocessable.class, () -> new TestGroupRun(" ", OptionalLong.empty(), 0, Optional.empty(),
                Optional.empty(), List.of(), List.of()));
        assertThrows(Unprocessable.class, () -> new TestGroupRun("u", OptionalLong.empty(), -1, Optional.empty(),
                Optional.empty(), List.of(), List.of()));
        assertEquals(0, new TestGroupRun("u", OptionalLong.empty(), 0, Optional.empty(), Optional.empty(), List.of(),
                List.of()).time());
    }

    @Test
    void aReportedGroupSaysWhatWentWrongAroundItsTests() {
        TestGroupRun quiet = TestGroupRun.reported("u", OptionalLong.empty(), 3, false, Optional.empty(), Optional.of(" "),
                List.of(PASSED), List.of());
        assertEquals(Optional.empty(), quiet.extraInfo());
        assertEquals(Optional.empty(), TestGroupRun.reported("u", OptionalLong.empty(), 3, false, Optional.of("\n"),
                Optional.empty(), List.of(PASSED), List.of()).extraInfo(), "blank stderr says nothing");
        assertEquals(Optional.empty(), quiet.errorType());
        TestGroupRun noisy = TestGroupRun.reported("u", OptionalLong.empty(), 3, true, Optional.of("warn"),
                Optional.of("junk"), List.of(PASSED), List.of());
        assertEquals(Optional.of("Messages on stderr: \nwarn\nMalformed results discarded by server: \njunk\n"),
                noisy.extraInfo());
        assertEquals(Optional.empty(), noisy.errorType(), "a group with tests has no error type, timed out or not");
        assertEquals(Optional.of("Malformed results discarded by server: \njunk\n"), TestGroupRun.reported("u",
                OptionalLong.empty(), 0, false, Optional.empty(), Optional.of("junk"), List.of(), List.of()).extraInfo());
        assertEquals(Optional.of("timeout"), TestGroupRun.reported("u", OptionalLong.empty(), 0, true, Optional.empty(),
                Optional.empty(), List.of(), List.of()).errorType());
        assertEquals(Optional.of("no_results"), TestGroupRun.reported("u", OptionalLong.empty(), 0, false,
                Optional.empty(), Optional.empty(), List.of(), List.of()).errorType());
    }

    @Test
    void aFailedReportKeepsOnlyItsErrorAndAnyOtherCompletesTheRun() {
        TestGroupRun group = new TestGroupRun("u", OptionalLong.empty(), 0, Optional.empty(), Optional.empty(),
                List.of(PASSED), List.of());
        assertEquals(new NewTestRun(TestRunStatus.FAILED, Optional.of("boom"), List.of()),
                NewTestRun.reported("failed", Optional.of("boom"), List.of(group)));
        assertEquals(new NewTestRun(TestRunStatus.COMPLETE, Optional.of("warning"), List.of(group)),
                NewTestRun.reported("finished", Optional.of("warning"), List.of(group)));
        assertEquals(TestRunStatus.COMPLETE, NewTestRun.reported("Failed", Optional.empty(), List.of()).status());
    }

    @Test
    void aRunHasResultsWhenAnyOfItsGroupsHoldsATest() {
        TestGroupRun empty = new TestGroupRun("e", OptionalLong.empty(), 0, Optional.empty(), Optional.of("timeout"),
                List.of(), List.of());
        TestGroupRun full = new TestGroupRun("f", OptionalLong.empty(), 0, Optional.empty(), Optional.empty(),
                List.of(PASSED), List.of());
        assertFalse(run(List.of()).hasTests());
        assertFalse(run(List.of(empty)).hasTests());
        assertTrue(run(List.of(empty, full)).hasTests());
    }

    @Test
    void feedbackFilesNeedANameAndAMediaType() {
        StoredBlob blob = new StoredBlob(new BlobId("a".repeat(64)), 1);
        assertEquals("r.txt", new TestFeedbackFile("r.txt", "text/plain", blob).filename());
        assertThrows(Unprocessable.class, () -> new TestFeedbackFile(" ", "text/plain", blob));
        assertThrows(Unprocessable.class, () -> new TestFeedbackFile(null, "text/plain", blob));
        assertThrows(Unprocessable.class, () -> new TestFeedbackFile("r", "", blob));
        assertThrows(Unprocessable.class, () -> new TestFeedbackFile("r", null, blob));
        assertThrows(NullPointerException.class, () -> new TestFeedbackFile("r", "text/plain", null));
    }

    private static TestRun run(List<TestGroupRun> groups) {
        return new TestRun(1, new GroupId(1), new SubmissionId(1), TestRunStatus.COMPLETE, Optional.empty(), Instant.EPOCH,
                groups);
    }
}
