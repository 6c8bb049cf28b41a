package org.courseport.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.courseport.adapters.persistence.blob.JdbiBlobReferences;
import org.courseport.adapters.persistence.blob.JdbiBlobStore;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.application.blob.GarbageCollectionService;
import org.courseport.application.blob.GarbageCollection;
import org.courseport.application.blob.GarbageReport;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.bootstrap.testing.ServerProcess;
import org.courseport.bootstrap.testing.TwoNodes;
import org.courseport.domain.blob.BlobId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Courses on two {@code serve} processes sharing one PostgreSQL (blobs included): an import through one
 * exports through the other, imports of one course on both at once never leave a gap or a torn version,
 * and a node killed with SIGKILL in the middle of an import leaves the course whole, its job failed with a
 * reason, and its blobs to the garbage collection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoursesOnTwoNodesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEASE_SECONDS = "5";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private TwoNodes nodes;
    private ApiClient eastAdmin;
    private ApiClient westAdmin;
    private String adminToken;

    @BeforeAll
    void startTwoNodes() {
        nodes = TwoNodes.start("--node-lease", LEASE_SECONDS);
        eastAdmin = nodes.eastAdmin;
        westAdmin = nodes.westAdmin;
        adminToken = nodes.adminToken;
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aCourseImportedThroughOneNodeExportsThroughTheOther() throws IOException {
        String key = "course-v1:MITx+Across+2026_Fall";
        OlxCourse course = course("Across", 3, 400_000, 1);

        HttpResponse<String> imported = importRaw(eastAdmin, key, course.tarGz(), "?wait=true");
        assertEquals(201, imported.statusCode(), imported.body());
        String job = json(imported.body()).get("id").asText();

        assertEquals("succeeded", json(westAdmin.get("/api/v1/imports/" + job, "application/json").body()).get("state").asText());
        assertSameFiles(course.files(), unpack(export(westAdmin, key, "")));
    }

    @Test
    void importsOfOneCourseOnBothNodesAtOnceMakeVersionsInOrderOrAConflict() throws Exception {
        String key = "course-v1:MITx+Race+2026_Fall";
        Map<Integer, OlxCourse> made = new LinkedHashMap<>();
        for (int round = 0; round < 3; round++) {
            OlxCourse viaEast = course("Race", 2, 300_000, 100 + 2 * round);
            OlxCourse viaWest = course("Race", 2, 300_000, 101 + 2 * round);
            CompletableFuture<HttpResponse<String>> fromEast = importAsync(eastAdmin, key, viaEast.tarGz());
            CompletableFuture<HttpResponse<String>> fromWest = importAsync(westAdmin, key, viaWest.tarGz());

            int made201 = 0;
            for (Map.Entry<OlxCourse, HttpResponse<String>> outcome
                    : Map.of(viaEast, fromEast.join(), viaWest, fromWest.join()).entrySet()) {
                HttpResponse<String> response = outcome.getValue();
                if (response.statusCode() == 201) {
                    made.put(json(response.body()).get("version").asInt(), outcome.getKey());
                    made201++;
                } else {
                    assertEquals(409, response.statusCode(), response.body());
                }
            }
            assertTrue(made201 >= 1, "at least one of two concurrent imports succeeds");
        }

        JsonNode course = json(westAdmin.get("/api/v1/courses/" + key, "application/json").body());
        List<Integer> numbers = new ArrayList<>();
        course.get("versions").forEach(version -> numbers.add(version.get("number").asInt()));
        assertEquals(IntStream.rangeClosed(1, made.size()).boxed().toList(), numbers, "no gap");
        assertEquals(made.size(), course.get("current_version").asInt());
        for (Map.Entry<Integer, OlxCourse> version : made.entrySet()) {
            assertSameFiles(version.getValue().files(), unpack(export(eastAdmin, key, "?version=" + version.getKey())));
        }
    }

    @Test
    void aNodeKilledDuringAnImportLeavesTheCourseWholeItsJobFailedAndItsBlobsToTheCollector() throws Exception {
        String key = "course-v1:MITx+Killed+2026_Fall";
        OlxCourse first = course("Killed", 2, 200_000, 7);
        assertEquals(201, importRaw(westAdmin, key, first.tarGz(), "?wait=true").statusCode());
        byte[] before = export(westAdmin, key, "");

        OlxCourse doomed = course("Killed", 6, 1_000_000, 8);
        byte[] archive = doomed.tarGz();
        long blobsBefore = count("select count(*) from blobs");
        CountDownLatch release = new CountDownLatch(1);
        try (ServerProcess victim = nodes.launchAnother("victim",
                "--node-lease", LEASE_SECONDS).awaitHealthy()) {
            // Two thirds of the archive, then the body stalls: the import is in the middle of its files.
            InputStream stalling = new SequenceInputStream(
                    new ByteArrayInputStream(archive, 0, archive.length * 2 / 3), new InputStream() {
                        @Override
                        public int read() throws IOException {
                            try {
                                release.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            throw new IOException("the test stopped sending");
                        }
                    });
            ApiClient victimAdmin = victim.client(adminToken);
            CompletableFuture<HttpResponse<String>> abandoned = HttpClient.newHttpClient().sendAsync(
                    victimAdmin.request("/api/v1/import/" + key).header("Content-Type", "application/gzip")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stalling)).build(),
                    HttpResponse.BodyHandlers.ofString());
            awaitTrue("the import to be running with several files stored", () ->
                    count("select count(*) from import_jobs where course_key = '" + key + "' and state = 'running'") == 1
                            && count("select count(*) from blobs") >= blobsBefore + 3);

            victim.kill();
            release.countDown();
            abandoned.handle((response, failure) -> null).join();
        }
        String job = nodes.database().jdbi().withHandle(h -> h.createQuery(
                "select id from import_jobs where course_key = :key and state <> 'succeeded'")
                .bind("key", key).mapTo(String.class).one());

        JsonNode course = json(eastAdmin.get("/api/v1/courses/" + key, "application/json").body());
        assertEquals(1, course.get("current_version").asInt());
        assertArrayEquals(before, export(eastAdmin, key, ""), "the current version is whole");

        awaitTrue("the dead node's import to be failed", () ->
                json(eastAdmin.get("/api/v1/imports/" + job, "application/json").body()).get("state").asText().equals("failed"));
        JsonNode failed = json(westAdmin.get("/api/v1/imports/" + job, "application/json").body());
        assertTrue(failed.get("error").get("detail").asText().contains("stopped before it finished"), failed.toString());

        OlxCourse next = course("Killed", 2, 200_000, 9);
        HttpResponse<String> again = importRaw(eastAdmin, key, next.tarGz(), "?wait=true");
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(2, json(again.body()).get("version").asInt());

        // Only its large files are its own: course.xml and the like are shared with the versions.
        List<BlobId> leftBehind = doomed.files().entrySet().stream().filter(file -> file.getKey().startsWith("static/file-"))
                .map(file -> blobId(file.getValue()))
                .filter(id -> count("select count(*) from blobs where id = '" + id.sha256() + "'") == 1).toList();
        assertFalse(leftBehind.isEmpty(), "the dead import had stored some of its files");
        GarbageReport removed = new GarbageCollectionService(new JdbiBlobStore(nodes.database().jdbi(), Clock.systemUTC()),
                new JdbiBlobReferences(nodes.database().jdbi()), Clock.systemUTC()).collect(new GarbageCollection(Duration.ZERO, false));

        assertTrue(removed.blobs() >= leftBehind.size(), removed.toString());
        for (BlobId id : leftBehind) {
            assertEquals(0L, count("select count(*) from blobs where id = '" + id.sha256() + "'"));
        }
        assertEquals(0L, count("select count(*) from blob_uploads"));
        assertArrayEquals(before, export(westAdmin, key, "?version=1"));
        assertSameFiles(next.files(), unpack(export(westAdmin, key, "?version=2")));
    }

    /** A course with {@code files} incompressible files of {@code size} bytes, all its content drawn from {@code seed}. */
    private static OlxCourse course(String number, int files, int size, long seed) {
        OlxCourse course = OlxCourse.of("MITx", number, "2026_Fall");
        Random random = new Random(seed);
        for (int i = 0; i < files; i++) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            course.put("static/file-" + i + ".bin", content);
        }
        return course.put("about/seed.txt", "seed " + seed + "\n");
    }

    private static HttpResponse<String> importRaw(ApiClient client, String key, byte[] archive, String query) {
        return client.send(client.request("/api/v1/import/" + key + query).header("Content-Type", "application/gzip")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(archive)));
    }

    private static CompletableFuture<HttpResponse<String>> importAsync(ApiClient client, String key, byte[] archive) {
        return CompletableFuture.supplyAsync(() -> importRaw(client, key, archive, "?wait=true"));
    }

    private static byte[] export(ApiClient client, String key, String query) {
        HttpResponse<byte[]> response = client.send(client.request("/api/v1/export/" + key + query)
                .header("Accept", "application/x-tgz").GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static Map<String, byte[]> unpack(byte[] tarGz) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(new ByteArrayInputStream(tarGz)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                files.put(entry.getName(), tar.readAllBytes());
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(body, e);
        }
    }

    private static BlobId blobId(byte[] content) {
        try {
            return new BlobId(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        return nodes.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + PATIENCE + " for " + what);
            }
            Thread.sleep(200);
        }
    }
}
