package org.courseport.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.ImportFailure;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.ImportJobId;
import org.courseport.domain.course.ImportJobStore;
import org.courseport.domain.error.NotFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link ImportJobStore} promises. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ImportJobStoreContract {
    protected abstract ImportJobStore store();

    private static final Instant T0 = Instant.parse("2026-09-01T10:00:00Z");
    private static final CourseKey KEY = CourseKey.parse("course-v1:MITx+6.002x+2026_Fall");

    @Test
    void keepsAJobThroughItsLife() {
        ImportJob queued = ImportJob.queued(KEY, T0);
        store().create(queued);
        assertEquals(queued, store().find(queued.id()).orElseThrow());

        ImportJob running = queued.running(T0.plusSeconds(1)).progressed(1234, 56, T0.plusSeconds(2));
        store().update(running);
        assertEquals(running, store().find(queued.id()).orElseThrow());

        ImportJob done = running.succeeded(3, true, List.of("unknown component kind 'x'", "another"), T0.plusSeconds(3));
        store().update(done);
        assertEquals(done, store().find(queued.id()).orElseThrow());
    }

    @Test
    void keepsWhyAJobFailed() {
        ImportJob job = ImportJob.queued(KEY, T0);
        store().create(job);
        ImportJob failed = job.running(T0).failed(new ImportFailure("limit-exceeded", "too many entries"), T0.plusSeconds(1));
        store().update(failed);
        assertEquals(failed, store().find(job.id()).orElseThrow());
    }

    @Test
    void anUnknownJobIsEmpty() {
        assertTrue(store().find(ImportJobId.random()).isEmpty());
        assertThrows(NotFound.class, () -> store().update(ImportJob.queued(KEY, T0)));
    }
}
