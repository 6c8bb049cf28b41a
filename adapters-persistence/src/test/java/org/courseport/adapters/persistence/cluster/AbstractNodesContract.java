package org.courseport.adapters.persistence.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.courseport.adapters.persistence.course.JdbiImportJobStore;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.ImportFailure;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.ImportState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Node leases and the imports of nodes that lost theirs, run once per database. */
public abstract class AbstractNodesContract {
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final CourseKey KEY = CourseKey.parse("course-v1:MITx+6.002x+2026_Fall");

    private TestDatabase database;
    private JdbiNodes alive;
    private JdbiNodes dead;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        alive = new JdbiNodes(database.jdbi(), UUID.randomUUID().toString(), "alive.example", LEASE);
        dead = new JdbiNodes(database.jdbi(), UUID.randomUUID().toString(), "dead.example", LEASE);
        alive.heartbeat();
        dead.heartbeat();
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theUnfinishedImportsOfANodeWhoseLeaseRanOutFailWithAReason() {
        ImportJob running = job(dead, ImportJob.queued(KEY, Instant.now()).running(Instant.now()));
        ImportJob queued = job(dead, ImportJob.queued(KEY, Instant.now()));
        ImportJob finished = job(dead, ImportJob.queued(KEY, Instant.now()).succeeded(1, true, List.of(), Instant.now()));
        ImportJob ofTheLiving = job(alive, ImportJob.queued(KEY, Instant.now()).running(Instant.now()));
        ImportJob ofNoNode = ImportJob.queued(KEY, Instant.now()).running(Instant.now());
        new JdbiImportJobStore(database.jdbi()).create(ofNoNode);
        stopBeating(dead, LEASE.plusSeconds(5));

        assertEquals(2, alive.failImportsOfLostNodes());

        for (ImportJob lost : List.of(running, queued)) {
            ImportJob now = find(lost);
            assertEquals(ImportState.FAILED, now.state());
            ImportFailure why = now.failure().orElseThrow();
            assertEquals("internal-error", why.kind());
            assertTrue(why.message().contains("stopped before it finished"), why.message());
        }
        assertEquals(ImportState.SUCCEEDED, find(finished).state());
        assertEquals(ImportState.RUNNING, find(ofTheLiving).state());
        assertEquals(ImportState.RUNNING, find(ofNoNode).state(), "an embedding host's job is its own");
    }

    @Test
    void aNodeWithinItsLeaseKeepsItsImports() {
        ImportJob running = job(dead, ImportJob.queued(KEY, Instant.now()).running(Instant.now()));
        stopBeating(dead, LEASE.minusSeconds(10));

        assertEquals(0, alive.failImportsOfLostNodes());
        assertEquals(ImportState.RUNNING, find(running).state());
    }

    @Test
    void aNodeThatLeftOrWasForgottenHoldsNoLeaseAndRejoinsOnItsNextHeartbeat() {
        ImportJob running = job(dead, ImportJob.queued(KEY, Instant.now()).running(Instant.now()));
        stopBeating(dead, LEASE.multipliedBy(11));

        assertEquals(1, alive.forgetLongDead());
        assertEquals(1, alive.failImportsOfLostNodes());
        assertEquals(ImportState.FAILED, find(running).state());

        alive.leave();
        ImportJob later = job(alive, ImportJob.queued(KEY, Instant.now()));
        assertEquals(1, dead.failImportsOfLostNodes());
        assertEquals(ImportState.FAILED, find(later).state());
        alive.heartbeat();
        ImportJob afterRejoining = job(alive, ImportJob.queued(KEY, Instant.now()));
        assertEquals(0, dead.failImportsOfLostNodes());
        assertEquals(ImportState.QUEUED, find(afterRejoining).state());
    }

    private ImportJob job(JdbiNodes node, ImportJob job) {
        JdbiImportJobStore store = new JdbiImportJobStore(database.jdbi(), node.nodeId());
        store.create(job);
        return job;
    }

    private ImportJob find(ImportJob job) {
        Optional<ImportJob> found = new JdbiImportJobStore(database.jdbi()).find(job.id());
        return found.orElseThrow();
    }

    /** As if the node's last heartbeat was this long ago. */
    private void stopBeating(JdbiNodes node, Duration ago) {
        database.jdbi().useHandle(h -> h.createUpdate("update nodes set heartbeat_at = :then where id = :id")
                .bind("then", OffsetDateTime.now(ZoneOffset.UTC).minus(ago))
                .bind("id", node.nodeId()).execute());
    }
}
