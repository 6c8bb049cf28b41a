package org.courseport.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.application.blob.GarbageCollection;
import org.courseport.application.embedding.Courseport;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.bootstrap.testing.Cli;
import org.courseport.bootstrap.testing.RunningServer;
import org.courseport.domain.blob.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Garbage collection of the embedded store's blob files, through the jar's wiring and its {@code gc} command. */
class BlobGarbageEndToEndTest {
    private static final int KB = 1024;

    @TempDir
    Path data;
    private RunningServer server;
    private ApiClient admin;

    @BeforeEach
    void start() {
        server = RunningServer.embedded(data);
        admin = server.admin();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void gcReturnsTheDiskToItsUseBeforeACourseThatWasThenDeletedAndADryRunRemovesNothing() {
        assertEquals(201, importCourse("Kept", 1).statusCode());
        long before = blobBytes();
        assertEquals(201, importCourse("Doomed", 2).statusCode());
        assertTrue(blobBytes() > before + 600 * KB, "the second course's files are stored");
        assertEquals(204, admin.delete("/api/v1/courses/" + key("Doomed")).statusCode());
        long afterDelete = blobBytes();

        Cli.Result dry = server.whileStopped(() -> gc("--dry-run", "--min-age", "0s"));
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().startsWith("Would free "), dry.out());
        assertTrue(dry.out().contains(", " + (afterDelete - before) + " bytes."), dry.out());
        assertEquals(afterDelete, blobBytes(), "a dry run removes nothing");

        Cli.Result real = server.whileStopped(() -> gc("--min-age", "0s"));
        assertEquals(0, real.exitCode(), real.err());
        assertTrue(real.out().startsWith("Freed "), real.out());
        assertEquals(before, blobBytes());
        HttpResponse<byte[]> export = admin.send(admin.request("/api/v1/export/" + key("Kept")).header("Accept", "application/x-tgz").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode(), "the course that stays exports whole");
    }

    @Test
    void gcWithTheDefaultMinimumAgeKeepsWhatWasJustWritten() {
        assertEquals(201, importCourse("Fresh", 3).statusCode());
        assertEquals(204, admin.delete("/api/v1/courses/" + key("Fresh")).statusCode());
        long afterDelete = blobBytes();

        Cli.Result result = server.whileStopped(() -> gc());

        assertEquals("Freed 0 blob(s), 0 bytes, and 0 abandoned write(s).", result.out().strip(), result.err());
        assertEquals(afterDelete, blobBytes());
    }

    /**
     * The race: an import has written some of its files (they wait in {@code incoming} for the import's
     * one durable barrier) and named none of them yet when a collection runs.
     */
    @Test
    void anImportInFlightKeepsTheBlobsItHasStoredThroughACollectionWithNoMinimumAge() throws Exception {
        OlxCourse course = course("InFlight", 4);
        byte[] archive = course.tarGz();
        int held = archive.length * 3 / 4;
        CountDownLatch release = new CountDownLatch(1);
        InputStream rest = new InputStream() {
            private final InputStream bytes = new ByteArrayInputStream(archive, held, archive.length - held);

            @Override
            public int read() throws IOException {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new InterruptedIOException();
                }
                return bytes.read();
            }
        };
        Set<Path> writing = pendingWrites();
        CompletableFuture<HttpResponse<String>> response = CompletableFuture.supplyAsync(() -> admin.send(
                admin.request("/api/v1/import/" + key("InFlight") + "?wait=true").header("Content-Type", "application/gzip")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                                new ByteArrayInputStream(archive, 0, held), rest)))));
        Set<Path> written = awaitNewFiles(this::pendingWrites, writing);

        server.server().injector().getInstance(Courseport.class).collectGarbage().collect(new GarbageCollection(Duration.ZERO, false));

        assertTrue(pendingWrites().containsAll(written), "the import's writes survive the collection");
        release.countDown();
        HttpResponse<String> done = response.get();
        assertEquals(201, done.statusCode(), done.body());
        for (String file : List.of("static/a.bin", "static/b.bin")) {
            String sha = Sha256.hex(course.files().get(file));
            assertTrue(Files.isRegularFile(data.resolve("blobs").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4))
                    .resolve(sha)), file + " is a blob once the import is done");
        }
    }

    /** A course with two incompressible files of 300 KiB drawn from {@code seed}, so no other course shares them. */
    private static OlxCourse course(String number, int seed) {
        return OlxCourse.of("MITx", number, "2026_Fall")
                .put("static/a.bin", OlxCourse.binary(300 * KB + seed))
                .put("static/b.bin", OlxCourse.binary(310 * KB + seed));
    }

    private static String key(String number) {
        return "course-v1:MITx+" + number + "+2026_Fall";
    }

    private HttpResponse<String> importCourse(String number, int seed) {
        return admin.send(admin.request("/api/v1/import/" + key(number) + "?wait=true").header("Content-Type", "application/gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(course(number, seed).tarGz())));
    }

    private Cli.Result gc(String... options) {
        return Cli.run(Stream.concat(Stream.of("gc", "--data", data.toString()), Stream.of(options)).toArray(String[]::new));
    }

    private static Set<Path> awaitNewFiles(Supplier<Set<Path>> files, Set<Path> before) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            Set<Path> added = files.get().stream().filter(file -> !before.contains(file)).collect(Collectors.toSet());
            if (!added.isEmpty()) {
                return added;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import stored nothing within 30 s");
    }

    /** The blob files under {@code <data>/blobs}, not counting writes in progress. */
    private Set<Path> blobFiles() {
        Path incoming = data.resolve("blobs/incoming");
        try (Stream<Path> files = Files.walk(data.resolve("blobs"))) {
            return files.filter(Files::isRegularFile).filter(file -> !file.startsWith(incoming)).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blob writes not yet made durable and named: an import's, until its barrier. */
    private Set<Path> pendingWrites() {
        try (Stream<Path> files = Files.list(data.resolve("blobs/incoming"))) {
            return files.collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Disk use of the blob store: every file under {@code <data>/blobs}. */
    private long blobBytes() {
        try (Stream<Path> files = Files.walk(data.resolve("blobs"))) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
