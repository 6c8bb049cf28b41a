package org.courseport.adapters.persistence.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.adapters.persistence.course.JdbiImportJobStore;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.secret.SecretSealer;
import org.courseport.domain.course.CommitId;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.SourceRevision;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.source.BranchName;
import org.courseport.domain.source.CourseSource;
import org.courseport.domain.source.Delivery;
import org.courseport.domain.source.FetchCredential;
import org.courseport.domain.source.GitProvider;
import org.courseport.domain.source.NewCourseSource;
import org.courseport.domain.source.QueuedImport;
import org.courseport.domain.source.RepositoryUrl;
import org.courseport.domain.source.SourcePath;
import org.courseport.domain.source.WebhookSecret;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** What every CourseSourceStore promises, run once per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractCourseSourceStoreContract {
    private static final Instant T0 = Instant.parse("2026-09-01T10:00:00Z");
    private static final RepositoryUrl REPOSITORY = new RepositoryUrl(URI.create("https://git.example.org/mitx/circuits.git"));
    private static final FetchCredential CREDENTIAL = new FetchCredential("robot:glpat-CredentialInClear");
    private TestDatabase database;
    private JdbiImportJobStore jobs;
    private JdbiCourseSourceStore store;
    private Path keys;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void open(@TempDir Path keyFolder) throws IOException {
        keys = keyFolder;
        database = openDatabase();
        jobs = new JdbiImportJobStore(database.jdbi());
        store = new JdbiCourseSourceStore(database.jdbi(), SecretSealer.fromKeyFile(keys.resolve("secret.key"), true), jobs);
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private CourseSource create(String run) {
        return store.create(new NewCourseSource(CourseKey.parse("course-v1:MITx+6.002x+" + run), REPOSITORY,
                BranchName.MAIN, SourcePath.parse("course"), GitProvider.GITHUB, WebhookSecret.random(new SecureRandom()),
                Optional.of(CREDENTIAL), T0));
    }

    @Test
    void keepsASourceWithItsSecretAndCredentialSealed() {
        CourseSource source = create("Sealed");
        assertEquals(source, store.find(source.id()).orElseThrow());
        assertEquals(CREDENTIAL, source.credential().orElseThrow());
        List<Map<String, Object>> rows = database.jdbi().withHandle(h ->
                h.createQuery("select * from course_sources where id = :id").bind("id", source.id().value()).mapToMap().list());
        String stored = rows.toString();
        assertFalse(stored.contains(source.secret().reveal()), stored);
        assertFalse(stored.contains("CredentialInClear"), stored);
        assertTrue(store.list().contains(source));
    }

    @Test
    void oneSourcePerCourse() {
        create("Twice");
        assertThrows(Conflict.class, () -> create("Twice"));
    }

    @Test
    void changesAndDeletes() {
        CourseSource source = create("Changes");
        CourseSource changed = source.with(new BranchName("release"), SourcePath.ROOT, Optional.empty(),
                WebhookSecret.random(new SecureRandom()), T0.plusSeconds(5));
        store.update(changed);
        assertEquals(changed, store.find(source.id()).orElseThrow());
        assertTrue(store.delete(source.id()));
        assertFalse(store.delete(source.id()));
        assertTrue(store.find(source.id()).isEmpty());
    }

    @Test
    void pushesFoldIntoTheQueuedImportAndADeliveryAnswersItsJobAgain() {
        CourseSource source = create("Folds");
        QueuedImport first = store.queueImport(source.id(), delivery("d1"), candidate(source));
        assertTrue(first.created());
        QueuedImport second = store.queueImport(source.id(), delivery("d2"), candidate(source));
        assertFalse(second.created());
        assertEquals(first.job().id(), second.job().id());

        store.started(source.id(), first.job().id());
        jobs.update(first.job().running(T0.plusSeconds(1)));
        QueuedImport third = store.queueImport(source.id(), delivery("d3"), candidate(source));
        assertTrue(third.created(), "a job that started takes no more pushes");
        QueuedImport again = store.queueImport(source.id(), delivery("d2"), candidate(source));
        assertFalse(again.created());
        assertEquals(first.job().id(), again.job().id(), "a delivery sent again answers the job it got");

        CourseSource noted = store.find(source.id()).orElseThrow();
        assertEquals(Optional.of(third.job().id()), noted.lastImport());
        assertEquals(Optional.of("d3"), noted.lastDelivery().orElseThrow().id(), "a delivery sent again changes nothing");
    }

    @Test
    void jobsRecordTheirRepositoryAndCommit() {
        CourseSource source = create("Records");
        ImportJob job = store.queueImport(source.id(), Optional.empty(), candidate(source)).job();
        assertEquals(job, jobs.find(job.id()).orElseThrow());
        SourceRevision fetched = SourceRevision.of(REPOSITORY.toString(), CommitId.parse("a".repeat(40)));
        ImportJob running = job.running(T0.plusSeconds(1)).fetched(Optional.of(fetched), T0.plusSeconds(2));
        jobs.update(running);
        assertEquals(Optional.of(fetched), jobs.find(job.id()).orElseThrow().source());
    }

    @Test
    void theKeyFileIsOwnerOnlyAndAnotherKeyCannotOpen() throws IOException {
        Path file = keys.resolve("other.key");
        SecretSealer one = SecretSealer.fromKeyFile(file, true);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String sealed = one.seal("webhook-secret", "hush");
        assertEquals("hush", SecretSealer.fromKeyFile(file, false).open("webhook-secret", sealed));
        assertThrows(IllegalStateException.class, () -> one.open("fetch-credential", sealed));
        assertThrows(IllegalStateException.class,
                () -> SecretSealer.fromKeyFile(keys.resolve("third.key"), true).open("webhook-secret", sealed));
        assertThrows(IOException.class, () -> SecretSealer.fromKeyFile(keys.resolve("missing.key"), false));
    }

    private static Optional<Delivery> delivery(String id) {
        return Optional.of(new Delivery(Optional.of(id), "push", "queued", T0));
    }

    private static ImportJob candidate(CourseSource source) {
        return ImportJob.queued(source.courseKey(), source.unfetched(), T0);
    }
}
