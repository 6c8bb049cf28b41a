package org.courseport.adapters.persistence.blob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.courseport.adapters.persistence.course.JdbiCourseStore;
import org.courseport.adapters.persistence.course.JdbiImportJobStore;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.CourseNode;
import org.courseport.domain.course.CourseOutline;
import org.courseport.domain.course.ImportFailure;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.course.ManifestEntry;
import org.courseport.domain.course.NewCourseVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Garbage collection of the database blob store: it removes what a failed or dead import stored and
 * never a blob that a version names or that an import still running may yet name.
 */
public abstract class AbstractBlobGarbageContract {
    /** A cutoff after every write of the test: everything is old enough to go, if nothing keeps it. */
    private static final Instant LATER = Instant.now().plusSeconds(3600);
    private static final CourseKey KEY = CourseKey.parse("course-v1:MITx+GC+2026_Fall");

    private TestDatabase database;
    private JdbiBlobStore blobs;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        blobs = new JdbiBlobStore(database.jdbi(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void blobsNoVersionNamesAreRemovedWithTheirChunksAndNamedOnesKept() throws IOException {
        StoredBlob named = put("course.xml of version 1");
        StoredBlob orphan = put("a file of an import that died");
        commitVersionNaming(named);

        JdbiBlobStore.Garbage removed = blobs.collectGarbage(LATER);

        assertEquals(1, removed.blobs());
        assertTrue(blobs.find(orphan.id()).isEmpty());
        assertEquals("course.xml of version 1", read(named));
        assertEquals(1L, count("select count(*) from blob_chunks"));
    }

    @Test
    void blobsWrittenAfterTheCutoffAreKept() throws IOException {
        StoredBlob fresh = put("written a moment ago");

        assertEquals(0, blobs.collectGarbage(Instant.now().minusSeconds(3600)).blobs());
        assertTrue(blobs.find(fresh.id()).isPresent());
    }

    @Test
    void anImportStillRunningKeepsEveryBlobWrittenSinceItBegan() throws IOException {
        JdbiImportJobStore jobs = new JdbiImportJobStore(database.jdbi());
        ImportJob running = ImportJob.queued(KEY, Instant.now().minusSeconds(1)).running(Instant.now());
        jobs.create(running);
        StoredBlob notYetNamed = put("part of an import in progress");

        assertEquals(0, blobs.collectGarbage(LATER).blobs());
        assertTrue(blobs.find(notYetNamed.id()).isPresent());

        jobs.update(running.failed(new ImportFailure("unprocessable", "no course.xml"),
                Instant.now()));
        assertEquals(1, blobs.collectGarbage(LATER).blobs());
        assertTrue(blobs.find(notYetNamed.id()).isEmpty());
    }

    @Test
    void storingContentAgainRenewsItSoACollectionDoesNotTakeItFromUnderTheWriter() throws IOException {
        StoredBlob old = put("stored long ago, unnamed");
        database.jdbi().useHandle(h -> h.createUpdate("update blobs set created_at = :then")
                .bind("then", OffsetDateTime.parse("2020-01-01T00:00:00Z")).execute());
        Instant cutoff = Instant.now().minusSeconds(3600);

        StoredBlob again = put("stored long ago, unnamed");

        assertEquals(old, again);
        assertEquals(0, blobs.collectGarbage(cutoff).blobs());
        assertEquals("stored long ago, unnamed", read(again));
    }

    @Test
    void everyColumnCalledBlobIdOrBlobShaNamesBlobs() throws IOException {
        StoredBlob attached = put("named by a table the collector has never heard of");
        database.jdbi().useHandle(h -> {
            h.execute("create table some_future_attachments (id integer primary key, blob_id char(64) not null)");
            h.createUpdate("insert into some_future_attachments (id, blob_id) values (1, :blob)")
                    .bind("blob", attached.id().sha256()).execute();
        });

        assertEquals(0, blobs.collectGarbage(LATER).blobs());
        assertEquals("named by a table the collector has never heard of", read(attached));
    }

    private StoredBlob put(String content) throws IOException {
        return blobs.put(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    private String read(StoredBlob blob) throws IOException {
        try (InputStream in = blobs.open(blob.id()).orElseThrow()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void commitVersionNaming(StoredBlob blob) {
        CourseNode root = new CourseNode("course", KEY.run(), "GC", List.of());
        Manifest manifest = Manifest.of(List.of(new ManifestEntry("course.xml", blob.id(), blob.size())));
        new JdbiCourseStore(database.jdbi()).commit(
                new NewCourseVersion(KEY, new CourseOutline(KEY, "GC", root, List.of()), manifest, Instant.now()), 0);
    }

    private long count(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
