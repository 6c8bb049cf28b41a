package org.courseport.bootstrap.durability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.bootstrap.testing.ServerProcess;
import org.junit.jupiter.api.RepeatedTest;

/**
 * An import killed with SIGKILL at a random point, in the middle of writing its many files or of its
 * one durable barrier, leaves no version naming a missing or torn blob: after a restart every version
 * exports, and every file of it is the file that was imported. On the embedded store; the PostgreSQL
 * subclass runs it there.
 */
class ImportCrashTest {
    private static final String COURSE = "course-v1:MITx+Torn+2026";
    private static final int SMALL_FILES = 300;
    private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*(\\d+)");

    /** Under target, so that the data and logs of a failed run stay for a look. */
    private final Path run = Path.of("target", "crash-runs", UUID.randomUUID().toString()).toAbsolutePath();

    protected ServerProcess launch(Path data) {
        return ServerProcess.launchEmbedded(data, run.resolve("server-" + System.nanoTime() + ".log"));
    }

    @RepeatedTest(3)
    void noVersionNamesAMissingOrTornBlob() throws Exception {
        Path data = run.resolve("data");
        String token;
        try (ServerProcess server = launch(data).awaitHealthy()) {
            token = server.adminToken().orElseThrow();
            ApiClient admin = server.client(token);
            assertEquals(201, importRound(admin, 0).statusCode(), "the first version");
            AtomicBoolean killed = new AtomicBoolean();
            Thread importer = new Thread(() -> importRounds(admin, killed));
            importer.start();
            Thread.sleep(ThreadLocalRandom.current().nextLong(100, 3000));
            killed.set(true);
            server.kill();
            importer.join(60_000);
        }
        try (ServerProcess restarted = launch(data).awaitHealthy()) {
            ApiClient admin = restarted.client(token);
            HttpResponse<String> course = admin.get("/api/v1/courses/" + COURSE + ".json?depth=1");
            assertEquals(200, course.statusCode(), course.body());
            Matcher numbers = NUMBER.matcher(course.body());
            int versions = 0;
            for (; numbers.find(); versions++) {
                assertVersionIsWhole(admin, Integer.parseInt(numbers.group(1)));
            }
            assertTrue(versions >= 1, course.body());
            assertEquals(0, restarted.stop(), restarted.log());
        }
    }

    /** Round {@code k}: many small files, some shared with other rounds and some its own, and a large one. */
    private static OlxCourse round(int k) {
        OlxCourse course = OlxCourse.of("MITx", "Torn", "2026").put("static/round.txt", "round " + k)
                .put("static/large.bin", OlxCourse.binary(3 * 1024 * 1024 + k));
        for (int i = 0; i < SMALL_FILES; i++) {
            course.put("static/small/" + i + ".txt", i % 2 == 0 ? "shared " + i : "round " + k + " file " + i);
        }
        return course;
    }

    private static HttpResponse<String> importRound(ApiClient client, int k) {
        return client.send(client.request("/api/v1/import/" + COURSE + ".json?wait=true")
                .header("Content-Type", "application/gzip").POST(HttpRequest.BodyPublishers.ofByteArray(round(k).tarGz())));
    }

    /** New versions one after another until the kill, which so falls inside an import almost always. */
    private static void importRounds(ApiClient client, AtomicBoolean killed) {
        for (int k = 1; !killed.get(); k++) {
            try {
                HttpResponse<String> imported = importRound(client, k);
                if (imported.statusCode() != 201 && !killed.get()) {
                    throw new AssertionError("import answered " + imported.statusCode() + " " + imported.body());
                }
            } catch (RuntimeException connectionLost) {
                if (!killed.get()) {
                    throw connectionLost;
                }
            }
        }
    }

    private static void assertVersionIsWhole(ApiClient admin, int version) throws IOException {
        HttpResponse<byte[]> export = admin.send(admin.request("/api/v1/export/" + COURSE + "?version=" + version)
                .header("Accept", "application/x-tgz"), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode(), "export of version " + version);
        Map<String, byte[]> files = untar(export.body());
        byte[] roundFile = files.get("static/round.txt");
        assertNotNull(roundFile, "version " + version + " has no round.txt: " + files.keySet());
        int k = Integer.parseInt(new String(roundFile, StandardCharsets.UTF_8).substring("round ".length()));
        Map<String, byte[]> expected = round(k).files();
        assertEquals(expected.keySet(), files.keySet(), "version " + version);
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            assertArrayEquals(file.getValue(), files.get(file.getKey()), "version " + version + ", " + file.getKey());
        }
    }

    private static Map<String, byte[]> untar(byte[] tarGz) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(new ByteArrayInputStream(tarGz)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    files.put(entry.getName().replaceFirst("^\\./", ""), tar.readAllBytes());
                }
            }
        }
        assertTrue(files.size() > SMALL_FILES, "a whole course: " + files.keySet().size() + " files");
        return files;
    }
}
