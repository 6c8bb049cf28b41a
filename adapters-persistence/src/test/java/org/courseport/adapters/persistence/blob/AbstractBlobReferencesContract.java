package org.courseport.adapters.persistence.blob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.courseport.adapters.persistence.course.JdbiCourseStore;
import org.courseport.adapters.persistence.course.JdbiImportJobStore;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.grading.JdbiAssignmentStore;
import org.courseport.adapters.persistence.grading.JdbiGroupStore;
import org.courseport.adapters.persistence.grading.JdbiSubmissionStore;
import org.courseport.adapters.persistence.user.JdbiUserStore;
import org.courseport.application.blob.GarbageCollectionService;
import org.courseport.application.blob.GarbageCollection;
import org.courseport.application.blob.GarbageReport;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.CourseNode;
import org.courseport.domain.course.CourseOutline;
import org.courseport.domain.course.ImportFailure;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.course.ManifestEntry;
import org.courseport.domain.course.NewCourseVersion;
import org.courseport.domain.grading.AssignmentEdit;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.SubmissionFile;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What keeps blobs, as the database answers it, and a collection on it with the database blob store:
 * nothing a version, a working file, a submission or an import still running may name is removed.
 */
public abstract class AbstractBlobReferencesContract {
    private static final CourseKey KEY = CourseKey.parse("course-v1:MITx+GC+2026_Fall");
    private static final GarbageCollection AT_ONCE = new GarbageCollection(Duration.ZERO, false);

    private TestDatabase database;
    private JdbiBlobStore blobs;
    private JdbiBlobReferences references;
    private GarbageCollectionService collector;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        blobs = new JdbiBlobStore(database.jdbi(), Clock.systemUTC());
        references = new JdbiBlobReferences(database.jdbi());
        collector = new GarbageCollectionService(blobs, references, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void versionsWorkingFilesAndSubmissionsNameTheirBlobs() {
        commitVersionNaming(blob('a'));
        Instant now = Instant.now();
        Group group = new JdbiGroupStore(database.jdbi()).create(
                new JdbiAssignmentStore(database.jdbi()).create(AssignmentEdit.of(Map.of("short_identifier", "A1",
                        "due_date", "2026-10-01", "group_max", "1")).create(), now).id(),
                new GroupName("g1"), List.of(new JdbiUserStore(database.jdbi()).create(new NewUser(new UserName("s1"),
                        UserType.STUDENT, new PersonalDetails("First", "Last", null, null, 0)), now).id()), now);
        JdbiSubmissionStore submissions = new JdbiSubmissionStore(database.jdbi());
        submissions.putWorkingFile(group.id(), new SubmissionFile(new SubmissionPath("a.py"), new StoredBlob(blob('b'), 1)), now);
        submissions.collect(group.id(), now);
        submissions.putWorkingFile(group.id(), new SubmissionFile(new SubmissionPath("a.py"), new StoredBlob(blob('c'), 1)), now);

        assertEquals(Set.of(blob('a'), blob('b'), blob('c')), references.named());
    }

    @Test
    void everyColumnCalledBlobIdOrBlobShaNamesBlobs() {
        database.jdbi().useHandle(h -> {
            h.execute("create table some_future_attachments (id integer primary key, blob_id char(64) not null)");
            h.createUpdate("insert into some_future_attachments (id, blob_id) values (1, :blob)")
                    .bind("blob", blob('d').sha256()).execute();
        });

        assertEquals(Set.of(blob('d')), references.named());
    }

    @Test
    void theOldestQueuedOrRunningImportCountsAndFinishedOnesDoNot() {
        JdbiImportJobStore jobs = new JdbiImportJobStore(database.jdbi());
        Instant t0 = Instant.parse("2026-09-01T10:00:00Z");
        assertEquals(Optional.empty(), references.oldestUnfinishedImport());
        jobs.create(ImportJob.queued(KEY, t0).failed(new ImportFailure("unprocessable", "no course.xml"), t0));
        jobs.create(ImportJob.queued(KEY, t0.plusSeconds(1)).succeeded(1, true, List.of(), t0));
        jobs.create(ImportJob.queued(KEY, t0.plusSeconds(3)));
        ImportJob running = ImportJob.queued(KEY, t0.plusSeconds(2)).running(t0.plusSeconds(2));
        jobs.create(running);

        assertEquals(Optional.of(t0.plusSeconds(2)), references.oldestUnfinishedImport());
    }

    @Test
    void aCollectionRemovesWhatNothingNamesAndKeepsWhatAVersionNames() throws IOException {
        StoredBlob named = put("course.xml of version 1");
        StoredBlob orphan = put("a file of a deleted course");
        commitVersionNaming(named.id());

        GarbageReport report = collector.collect(AT_ONCE);

        assertEquals(new GarbageReport(1, orphan.size(), 0, false), report);
        assertTrue(blobs.find(orphan.id()).isEmpty());
        assertTrue(blobs.find(named.id()).isPresent());
    }

    /** The race: an import has stored blobs and not yet committed the version naming them. */
    @Test
    void anImportInFlightKeepsTheBlobsItStoredEvenWithNoMinimumAge() throws IOException {
        JdbiImportJobStore jobs = new JdbiImportJobStore(database.jdbi());
        ImportJob running = ImportJob.queued(KEY, Instant.now()).running(Instant.now());
        jobs.create(running);
        StoredBlob notYetNamed = put("part of an import in progress");

        assertEquals(0, collector.collect(AT_ONCE).blobs());
        assertTrue(blobs.find(notYetNamed.id()).isPresent());

        jobs.update(running.failed(new ImportFailure("unprocessable", "no course.xml"), Instant.now()));
        assertEquals(1, collector.collect(AT_ONCE).blobs());
        assertTrue(blobs.find(notYetNamed.id()).isEmpty());
    }

    private StoredBlob put(String content) throws IOException {
        return blobs.put(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static BlobId blob(char digit) {
        return new BlobId(String.valueOf(digit).repeat(64));
    }

    private void commitVersionNaming(BlobId blob) {
        CourseNode root = new CourseNode("course", KEY.run(), "GC", List.of());
        Manifest manifest = Manifest.of(List.of(new ManifestEntry("course.xml", blob, 1)));
        new JdbiCourseStore(database.jdbi()).commit(
                new NewCourseVersion(KEY, new CourseOutline(KEY, "GC", root, List.of()), manifest, Instant.now()), 0);
    }
}
