package org.courseport.domain.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;

/** Ids read from URL paths, names of groups and assignments, member standing, a submission's files. */
class GradingIdsAndNamesTest {

    @Test
    void idsArePositiveWholeNumbersReadFromText() {
        assertEquals(1, AssignmentId.parse("1").value());
        assertEquals(42, GroupId.parse(" 42 ").value());
        assertEquals(Long.MAX_VALUE, TestResultId.parse(Long.toString(Long.MAX_VALUE)).value());
        assertEquals(7, new SubmissionId(7).value());
    }

    @Test
    void zeroAndNegativeIdsAreRefusedOnTheirField() {
        assertEquals("assignment_id: must be a positive whole number",
                assertThrows(InvalidInput.class, () -> AssignmentId.parse("0")).getMessage());
        assertEquals("group_id: must be a positive whole number",
                assertThrows(InvalidInput.class, () -> new GroupId(-1)).getMessage());
        assertEquals("test_result_id", assertThrows(InvalidInput.class, () -> new TestResultId(0)).errors().get(0).field());
    }

    @Test
    void textThatIsNoNumberIsEchoedInTheRefusal() {
        assertEquals("group_id: must be a positive whole number, not 'seven'",
                assertThrows(InvalidInput.class, () -> GroupId.parse("seven")).getMessage());
        assertEquals("test_result_id", assertThrows(InvalidInput.class, () -> TestResultId.parse(null)).errors().get(0).field());
        assertEquals("assignment_id", assertThrows(InvalidInput.class, () -> AssignmentId.parse("1e3")).errors().get(0).field());
    }

    @Test
    void theFirstMemberFormedTheGroupAndTheOthersAccepted() {
        assertEquals(MembershipStatus.INVITER, MembershipStatus.forPosition(0));
        assertEquals(MembershipStatus.ACCEPTED, MembershipStatus.forPosition(1));
        assertEquals(MembershipStatus.ACCEPTED, MembershipStatus.forPosition(2));
        assertEquals("pending", MembershipStatus.PENDING.wireName());
        for (MembershipStatus status : MembershipStatus.values()) {
            assertEquals(status, MembershipStatus.parse(status.wireName()));
        }
    }

    @Test
    void groupNamesAreShortWords() {
        assertEquals("group_0007", new GroupName("group_0007").toString());
        assertEquals("x".repeat(80), new GroupName("x".repeat(80)).value());
        for (String bad : new String[] {"", "two words", "x".repeat(81), "a/b"}) {
            InvalidInput failure = assertThrows(InvalidInput.class, () -> new GroupName(bad), bad);
            assertEquals("group_name: must be 1 to 80 letters, digits or _ . @ + -, not '" + bad + "'", failure.getMessage());
        }
        assertThrows(InvalidInput.class, () -> new GroupName(null));
    }

    @Test
    void namesReadAsTheirValue() {
        assertEquals("lab_3", new ShortIdentifier("lab_3").toString());
        assertEquals("out/results.json", new TestResultFilename("out/results.json").toString());
        assertEquals("src/Main.java", new SubmissionPath("src/Main.java").toString());
        assertEquals("short_identifier: must be 1 to 80 letters, digits or _ . -, not 'a b'",
                assertThrows(InvalidInput.class, () -> new ShortIdentifier("a b")).getMessage());
    }

    @Test
    void submissionPathsSortAsTheirText() {
        List<SubmissionPath> paths = new ArrayList<>(List.of(new SubmissionPath("b"), new SubmissionPath("a/z"),
                new SubmissionPath("B")));
        paths.sort(null);
        assertEquals(List.of(new SubmissionPath("B"), new SubmissionPath("a/z"), new SubmissionPath("b")), paths);
        assertTrue(new SubmissionPath("a").compareTo(new SubmissionPath("b")) < 0);
        assertEquals(0, new SubmissionPath("a").compareTo(new SubmissionPath("a")));
    }

    @Test
    void aSubmissionFindsItsFilesByPathAndAddsUpTheirSizes() {
        SubmissionFile main = new SubmissionFile(new SubmissionPath("src/Main.java"),
                new StoredBlob(new BlobId("a".repeat(64)), 100));
        SubmissionFile readme = new SubmissionFile(new SubmissionPath("README"),
                new StoredBlob(new BlobId("b".repeat(64)), 20));
        Submission submission = new Submission(new SubmissionId(1), new GroupId(2), Instant.EPOCH, List.of(readme, main));
        assertEquals(Optional.of(main), submission.file(new SubmissionPath("src/Main.java")));
        assertEquals(Optional.empty(), submission.file(new SubmissionPath("src/main.java")));
        assertEquals(120, submission.size());
        assertEquals(0, new Submission(new SubmissionId(1), new GroupId(2), Instant.EPOCH, List.of()).size());
    }
}
