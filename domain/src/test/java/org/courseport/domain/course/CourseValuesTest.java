package org.courseport.domain.course;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseValuesTest {
    private static final CourseKey KEY = CourseKey.parse("MITx/6.002x/2026");
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void everyArchiveLimitMustBeAtLeastOne() {
        assertDoesNotThrow(() -> new ArchiveLimits(1, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ArchiveLimits(0, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ArchiveLimits(1, 0, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ArchiveLimits(1, 1, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ArchiveLimits(1, 1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ArchiveLimits(1, 1, 1, 1, 0));
    }

    @Test
    void versionsStartAtOne() {
        assertEquals(1, new Course(1, KEY, "Circuits", 1, T, T).currentVersion());
        assertThrows(IllegalArgumentException.class, () -> new Course(1, KEY, "Circuits", 0, T, T));
        assertEquals(1, new CourseVersion(KEY, 1, "d", 0, 0, T).number());
        assertThrows(IllegalArgumentException.class, () -> new CourseVersion(KEY, 0, "d", 0, 0, T));
    }

    @Test
    void anOutlineCountsEveryNodeBelowIt() {
        CourseNode leaf = new CourseNode("html", "h", null, List.of());
        CourseNode vertical = new CourseNode("vertical", "v", "V", List.of(leaf, leaf));
        CourseNode course = new CourseNode("course", "c", "C", List.of(vertical, leaf));
        assertEquals(1, leaf.size());
        assertEquals(3, vertical.size());
        assertEquals(5, course.size());
    }

    @Test
    void onlySucceededAndFailedJobsAreDone() {
        assertFalse(ImportState.QUEUED.isDone());
        assertFalse(ImportState.RUNNING.isDone());
        assertTrue(ImportState.SUCCEEDED.isDone());
        assertTrue(ImportState.FAILED.isDone());
        for (ImportState state : ImportState.values()) {
            assertEquals(state, ImportState.parse(state.wireName()));
        }
        assertEquals("succeeded", ImportState.SUCCEEDED.wireName());
        assertEquals(ImportState.RUNNING, ImportState.parse("Running"));
    }

    @Test
    void anImportJobGoesFromQueuedToSucceeded() {
        ImportJob queued = ImportJob.queued(KEY, T);
        assertEquals(ImportState.QUEUED, queued.state());
        assertEquals(KEY, queued.key());
        assertEquals(T, queued.createdAt());
        ImportJob running = queued.running(T.plusSeconds(1));
        assertEquals(ImportState.RUNNING, running.state());
        assertEquals(queued.id(), running.id());
        assertEquals(T.plusSeconds(1), running.updatedAt());
        ImportJob progressed = running.progressed(100, 3, T.plusSeconds(2));
        assertEquals(100, progressed.bytesRead());
        assertEquals(3, progressed.entriesRead());
        assertEquals(ImportState.RUNNING, progressed.state());
        ImportJob done = progressed.succeeded(2, true, List.of("unknown tag"), T.plusSeconds(3));
        assertEquals(ImportState.SUCCEEDED, done.state());
        assertEquals(2, done.version());
        assertTrue(done.newVersion());
        assertEquals(List.of("unknown tag"), done.warnings());
        assertEquals(100, done.bytesRead());
        assertEquals(T, done.createdAt());
        assertEquals(T.plusSeconds(3), done.updatedAt());
        assertTrue(done.failure().isEmpty());
    }

    @Test
    void aFailedImportJobKeepsWhyAndMadeNoVersion() {
        ImportFailure why = new ImportFailure("unprocessable-content", "not a course");
        ImportJob failed = ImportJob.queued(KEY, T).running(T).progressed(5, 1, T).failed(why, T.plusSeconds(9));
        assertEquals(ImportState.FAILED, failed.state());
        assertEquals(why, failed.failure().orElseThrow());
        assertEquals(0, failed.version());
        assertFalse(failed.newVersion());
        assertEquals(5, failed.bytesRead());
        assertEquals(T.plusSeconds(9), failed.updatedAt());
    }

    @Test
    void importJobIdsAreRandomAndReadBack() {
        ImportJobId one = ImportJobId.random();
        assertFalse(one.equals(ImportJobId.random()));
        assertEquals(one, ImportJobId.parse(one.toString()));
        assertEquals(one.value().toString(), one.toString());
    }

    @Test
    void textThatIsNoJobIdNamesNoJob() {
        org.courseport.domain.error.NotFound e = assertThrows(org.courseport.domain.error.NotFound.class,
                () -> ImportJobId.parse("nope"));
        assertEquals("no import job has id 'nope'", e.getMessage());
        assertThrows(org.courseport.domain.error.NotFound.class, () -> ImportJobId.parse(null));
    }
}
