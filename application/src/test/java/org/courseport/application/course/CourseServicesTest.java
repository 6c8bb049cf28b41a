package org.courseport.application.course;

import org.courseport.domain.course.ImportJobStore;
import org.courseport.domain.course.ImportJobId;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Optional;
import java.util.List;
import java.util.ArrayList;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.Instant;
import java.time.Duration;
import static org.courseport.application.fixtures.FakeCourseArchives.archive;
import static org.courseport.application.fixtures.TestUsers.ADMIN;
import static org.courseport.application.fixtures.TestUsers.STUDENT;
import static org.courseport.application.fixtures.TestUsers.TA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.OptionalInt;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.courseport.application.fixtures.FakeCourseArchives;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.InMemoryCourseStore;
import org.courseport.application.fixtures.InMemoryImportJobStore;
import org.courseport.application.fixtures.ReadOnlyBlobStore;
import org.courseport.application.query.CollectionRequest;
import org.courseport.domain.course.ArchiveLimits;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.ImportFailure;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.course.ImportState;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unprocessable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CourseServicesTest {
    private static final CourseKey KEY = CourseKey.parse("course-v1:MITx+6.002x+2026_Fall");
    private static final String COURSE_XML = "course.xml=course-v1:MITx+6.002x+2026_Fall";

    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final FakeCourseArchives archives = new FakeCourseArchives(blobs);
    private final InMemoryCourseStore courses = new InMemoryCourseStore();
    private final InMemoryImportJobStore jobs = new InMemoryImportJobStore();
    private final ImportCourseService imports = new ImportCourseService(archives, archives, courses, jobs,
            ArchiveLimits.DEFAULTS, executor, Clock.systemUTC());
    private final CourseService service = new CourseService(courses, archives);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private ImportJob importWaiting(String... lines) {
        return imports.importCourse(ADMIN, KEY, archive(lines), true);
    }

    private String export(OptionalInt version) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.export(TA, KEY, version).body().writeTo(out);
        return out.toString();
    }

    @Test
    void importsNumberedVersionsAndExportsEach() throws IOException {
        ImportJob first = importWaiting(COURSE_XML, "a.txt=one");
        assertEquals(ImportState.SUCCEEDED, first.state());
        assertEquals(1, first.version());
        assertTrue(first.newVersion());
        assertEquals(2, first.entriesRead());

        ImportJob second = importWaiting(COURSE_XML, "a.txt=two");
        assertEquals(2, second.version());

        assertEquals("a.txt=two\n" + COURSE_XML, export(OptionalInt.empty()));
        assertEquals("a.txt=one\n" + COURSE_XML, export(OptionalInt.of(1)));
        assertThrows(NotFound.class, () -> export(OptionalInt.of(3)));
        assertEquals(2, service.get(TA, KEY).versions().size());
        assertEquals(jobs.find(second.id()).orElseThrow(), imports.get(TA, second.id()));
    }

    @Test
    void anIdenticalImportMakesNoVersion() {
        importWaiting(COURSE_XML, "a.txt=one");
        int blobsBefore = blobs.writes();
        ImportJob again = importWaiting("a.txt=one", COURSE_XML);
        assertEquals(1, again.version());
        assertFalse(again.newVersion());
        assertEquals(blobsBefore, blobs.writes());
        assertEquals(1, courses.versions(KEY).size());
    }

    @Test
    void eachImportIsGivenTheFilesOfTheCurrentVersionToCompareWith() {
        importWaiting(COURSE_XML, "a.txt=one");
        importWaiting(COURSE_XML, "a.txt=two");
        assertThrows(Unprocessable.class, () -> importWaiting(COURSE_XML, "!refuse not a course"));

        assertEquals(Manifest.empty(), archives.previousFiles.get(0), "a new course has no files yet");
        assertEquals(courses.manifest(KEY, 1), archives.previousFiles.get(1));
        assertEquals(courses.manifest(KEY, 2), archives.previousFiles.get(2));
        assertEquals(2, courses.manifest(KEY, 2).fileCount());
    }

    @Test
    void aFailedImportLeavesTheCurrentVersion() throws IOException {
        importWaiting(COURSE_XML, "a.txt=one");
        assertThrows(Unprocessable.class, () -> importWaiting(COURSE_XML, "a.txt=two", "!refuse not a course"));
        assertEquals(1, courses.find(KEY).orElseThrow().currentVersion());
        assertEquals("a.txt=one\n" + COURSE_XML, export(OptionalInt.empty()));
    }

    @Test
    void aRefusalWhileReadingIsAnsweredAtOnceAndTheJobKeepsWhy() {
        assertThrows(Unprocessable.class, () -> imports.importCourse(ADMIN, KEY, archive(COURSE_XML, "!refuse the body is a zip"), false));
        ImportJob job = jobs.all().iterator().next();
        assertEquals(ImportState.FAILED, job.state());
        assertEquals("the body is a zip", job.failure().orElseThrow().message());
    }

    @Test
    void aCourseXmlNamingAnotherCourseIsRefused() {
        Unprocessable e = assertThrows(Unprocessable.class, () -> importWaiting("course.xml=course-v1:Other+X+Y"));
        assertTrue(e.getMessage().contains("course-v1:Other+X+Y"), e.getMessage());
        assertTrue(courses.find(KEY).isEmpty());
    }

    @Test
    void withoutWaitTheJobFinishesLater() throws Exception {
        ImportJob job = imports.importCourse(ADMIN, KEY, archive(COURSE_XML), false);
        for (int i = 0; i < 200 && !jobs.find(job.id()).orElseThrow().state().isDone(); i++) {
            Thread.sleep(10);
        }
        assertEquals(ImportState.SUCCEEDED, jobs.find(job.id()).orElseThrow().state());
    }

    @Test
    void aSecondImportOfTheSameCourseWhileOneRunsIsAConflict() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        InputStream slow = new InputStream() {
            private final InputStream body = archive(COURSE_XML);

            @Override
            public int read() throws IOException {
                reading.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                return body.read();
            }
        };
        Thread first = new Thread(() -> imports.importCourse(ADMIN, KEY, slow, true));
        first.start();
        reading.await();
        assertThrows(Conflict.class, () -> importWaiting(COURSE_XML));
        release.countDown();
        first.join();
        assertEquals(1, courses.find(KEY).orElseThrow().currentVersion());
        assertEquals(2, importWaiting(COURSE_XML, "b=2").version());
    }

    @Test
    void aBlobStoreThatCannotWriteFailsTheImportAsTheServersFaultWithAReference() {
        ImportCourseService onReadOnlyDisk = new ImportCourseService(new FakeCourseArchives(new ReadOnlyBlobStore()),
                archives, courses, jobs, ArchiveLimits.DEFAULTS, executor, Clock.systemUTC());
        for (boolean wait : new boolean[] {true, false}) {
            CompletionException failure = assertThrows(CompletionException.class,
                    () -> onReadOnlyDisk.importCourse(ADMIN, KEY, archive(COURSE_XML), wait));
            assertTrue(failure.getCause() instanceof IOException, failure.getCause().toString());
        }
        for (ImportJob job : jobs.all()) {
            ImportFailure why = job.failure().orElseThrow();
            assertEquals(ImportFailure.INTERNAL_ERROR, why.kind());
            assertTrue(why.message().matches("the server failed while importing; quote reference [0-9a-f-]{36} .*"),
                    why.message());
            assertFalse(why.message().contains(ReadOnlyBlobStore.PATH), why.message());
        }
        assertTrue(courses.find(KEY).isEmpty());
    }

    @Test
    void rolesAreChecked() {
        assertThrows(Forbidden.class, () -> imports.importCourse(TA, KEY, archive(COURSE_XML), true));
        importWaiting(COURSE_XML);
        assertThrows(Forbidden.class, () -> service.delete(TA, KEY));
        assertThrows(Forbidden.class, () -> service.export(STUDENT, KEY, OptionalInt.empty()));
        assertEquals(1, countCourses());
        service.delete(ADMIN, KEY);
        assertEquals(0, countCourses());
        assertThrows(NotFound.class, () -> service.delete(ADMIN, KEY));
        assertThrows(NotFound.class, () -> service.get(TA, KEY));
    }

    private int countCourses() {
        int[] count = {0};
        service.list(TA, CollectionRequest.everything()).listing().rows().forEach(c -> count[0]++);
        return count[0];
    }

    @Test
    void aStudentReadsNoCourseNorImportJob() {
        ImportJob job = importWaiting(COURSE_XML);
        assertThrows(Forbidden.class, () -> service.list(STUDENT, CollectionRequest.everything()));
        assertThrows(Forbidden.class, () -> service.get(STUDENT, KEY));
        assertEquals("a student may not use the API",
                assertThrows(Forbidden.class, () -> imports.get(STUDENT, job.id())).getMessage());
        assertEquals(1, countCourses());
    }

    @Test
    void anUnknownImportJobOrVersionIsNotFoundAndSaysWhich() {
        ImportJobId none = ImportJobId.random();
        assertEquals("no import job has id " + none, assertThrows(NotFound.class, () -> imports.get(TA, none)).getMessage());
        importWaiting(COURSE_XML);
        assertEquals("course course-v1:MITx+6.002x+2026_Fall has no version 2; its versions are 1 to 1",
                assertThrows(NotFound.class, () -> export(OptionalInt.of(2))).getMessage());
        assertEquals("no course has key course-v1:MITx+6.002x+2026_Spring", assertThrows(NotFound.class,
                () -> service.get(TA, CourseKey.parse("MITx/6.002x/2026_Spring"))).getMessage());
    }

    /**
     * A job can be followed while its archive is read: it is saved as running before reading starts,
     * its progress at most every half second (here every other entry, as each takes 250 ms), and once
     * more when the whole archive is read.
     */
    @Test
    void progressIsSavedAtMostEveryHalfSecond() {
        RecordingJobs recorded = new RecordingJobs();
        ImportCourseService stepping = new ImportCourseService(archives, archives, courses, recorded,
                ArchiveLimits.DEFAULTS, Runnable::run, new SteppingClock(Duration.ofMillis(250)));
        ImportJob job = stepping.importCourse(ADMIN, KEY, archive(COURSE_XML, "a=1", "b=2", "c=3", "d=4"), true);
        assertEquals(ImportState.SUCCEEDED, job.state());
        assertEquals(List.of("running 0", "running 1", "running 3", "running 5", "running 5", "succeeded 5"),
                recorded.updates.stream().map(j -> j.state().wireName() + " " + j.entriesRead()).toList());
    }

    /** The job store, recording every update it is given. */
    private static final class RecordingJobs implements ImportJobStore {
        private final InMemoryImportJobStore store = new InMemoryImportJobStore();
        private final List<ImportJob> updates = new ArrayList<>();

        @Override
        public void create(ImportJob job) {
            store.create(job);
        }

        @Override
        public synchronized void update(ImportJob job) {
            updates.add(job);
            store.update(job);
        }

        @Override
        public Optional<ImportJob> find(ImportJobId id) {
            return store.find(id);
        }
    }

    /** A clock that moves on by a fixed step each time it is read. */
    private static final class SteppingClock extends Clock {
        private final AtomicLong millis = new AtomicLong(Instant.parse("2026-09-01T00:00:00Z").toEpochMilli());
        private final long step;

        SteppingClock(Duration step) {
            this.step = step.toMillis();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.getAndAdd(step));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
