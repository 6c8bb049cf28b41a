package org.courseport.bootstrap.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.bootstrap.testing.Cli;
import org.courseport.bootstrap.testing.RunningServer;
import org.courseport.client.archive.SafeUnpacker;
import org.courseport.client.archive.UnpackLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code push}, {@code pull}, {@code status} and {@code courses} as a CI job runs them: the jar's main
 * in a JVM of its own, its token in the environment, against a real server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandLineClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private RunningServer server;

    @BeforeAll
    void start() throws IOException {
        server = RunningServer.embedded(Files.createDirectories(dir.resolve("data")));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** A client command with the admin's token in the environment, as a CI secret would be. */
    private Cli.Result courseport(String... args) {
        return courseportWith(Map.of("COURSEPORT_TOKEN", server.adminToken()), args);
    }

    private Cli.Result courseportWith(Map<String, String> environment, String... args) {
        Map<String, String> withUrl = new HashMap<>(environment);
        withUrl.put("COURSEPORT_URL", server.base().toString());
        return Cli.run(withUrl, args);
    }

    private static void assertExit(int expected, Cli.Result result) {
        assertEquals(expected, result.exitCode(), () -> "out: " + result.out() + "\nerr: " + result.err());
    }

    @Test
    void pushTwiceMakesOneVersionAndPullGivesTheFilesBack() throws IOException {
        OlxCourse course = OlxCourse.of("MITx", "6.002x", "2026_Fall");
        Path folder = CourseFolders.write(course, dir.resolve("checkout"));
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(folder.resolve(".courseportignore"), "*.draft\n");
        Files.writeString(folder.resolve("html/next.draft"), "not yet");
        String key = "course-v1:MITx+6.002x+2026_Fall";

        Cli.Result first = courseport("push", folder.toString(), "--course", key, "--wait");
        assertExit(0, first);
        assertEquals(key + ": version 1", first.out().strip());
        assertTrue(first.err().contains(": succeeded"), "plain progress lines when not on a terminal: " + first.err());
        assertFalse(first.err().contains("\r"), "no carriage returns in a log");

        Cli.Result second = courseport("push", folder.toString(), "--course", key, "--wait");
        assertExit(0, second);
        assertEquals(key + ": unchanged, version 1", second.out().strip());

        Cli.Result courses = courseport("courses");
        assertExit(0, courses);
        assertEquals(key + "\tv1\tCircuits and Electronics", courses.out().strip());

        Path pulled = dir.resolve("pulled");
        assertExit(0, courseport("pull", key, "--into", pulled.toString()));
        CourseFolders.assertHolds(course, pulled);

        Path file = dir.resolve("v1.tar.gz");
        assertExit(0, courseport("pull", key, "--version", "1", "-o", file.toString()));
        Path unpacked = dir.resolve("from-file");
        try (var in = Files.newInputStream(file)) {
            SafeUnpacker.unpack(in, unpacked, UnpackLimits.DEFAULTS);
        }
        CourseFolders.assertHolds(course, unpacked);
    }

    @Test
    void pushWithoutWaitPrintsTheJobAndStatusFollowsIt() throws IOException {
        Path folder = CourseFolders.write(OlxCourse.of("HarvardX", "CS50", "2026"), dir.resolve("cs50"));
        Cli.Result pushed = courseport("push", folder.toString(), "--course", "HarvardX/CS50/2026", "--json");
        assertExit(0, pushed);
        JsonNode job = JSON.readTree(pushed.out());
        assertEquals("course-v1:HarvardX+CS50+2026", job.get("course_key").asText());

        Cli.Result status = courseport("status", job.get("id").asText(), "--json");
        assertExit(0, status);
        assertEquals(job.get("id"), JSON.readTree(status.out()).get("id"));
        assertExit(1, courseport("status", "00000000-0000-0000-0000-000000000000"));
    }

    @Test
    void aRefusedArchiveExitsOneWithTheProblemsDetail() {
        // course.xml names another course than the key pushed to.
        Path folder = CourseFolders.write(OlxCourse.of("MITx", "Other", "2026"), dir.resolve("other"));
        Cli.Result refused = courseport("push", folder.toString(), "--course", "course-v1:MITx+Mismatch+2026", "--wait");
        assertExit(1, refused);
        assertTrue(refused.err().contains("course-v1:MITx+Other+2026") && refused.err().contains("Mismatch"),
                "the detail names both courses: " + refused.err());
    }

    @Test
    void aFolderThatIsNoCourseIsRefusedBeforeSending() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Cli.Result refused = courseport("push", empty.toString(), "--course", "course-v1:A+B+C");
        assertExit(1, refused);
        assertTrue(refused.err().contains("no course.xml here"), refused.err());
    }

    @Test
    void aBadTokenExitsFour() {
        Path folder = CourseFolders.write(OlxCourse.of("MITx", "Bad", "2026"), dir.resolve("bad-token"));
        Map<String, String> stolen = Map.of("COURSEPORT_TOKEN", "cpt_" + "A".repeat(43));
        assertExit(4, courseportWith(stolen, "courses"));
        Cli.Result push = courseportWith(stolen, "push", folder.toString(), "--course", "course-v1:MITx+Bad+2026");
        assertExit(4, push);
        assertTrue(push.err().contains("authentication refused"), push.err());
    }

    @Test
    void theTokenComesFromAFileOrTheEnvironmentNeverAFlag() throws IOException {
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, server.adminToken() + "\n");
        assertExit(0, courseportWith(Map.of("HOME", dir.toString()), "courses", "--token-file", tokenFile.toString()));
        assertExit(2, courseportWith(Map.of("HOME", dir.toString()), "courses"));
        assertExit(2, courseport("courses", "--token", server.adminToken()));
    }

    @Test
    void pullIntoAFolderThatHoldsFilesChangesNothing() throws IOException {
        Path folder = CourseFolders.write(OlxCourse.of("MITx", "Keep", "2026"), dir.resolve("keep-src"));
        assertExit(0, courseport("push", folder.toString(), "--course", "course-v1:MITx+Keep+2026", "--wait"));
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "mine");
        assertExit(1, courseport("pull", "course-v1:MITx+Keep+2026", "--into", mine.toString()));
        assertEquals("mine", Files.readString(mine.resolve("notes.txt")));
        assertExit(1, courseport("pull", "course-v1:MITx+Keep+2026", "--version", "9", "-o", dir.resolve("x").toString()));
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void aCourseLargerThanTheClientsHeapStreamsBothWays() throws IOException {
        // 48 MiB that do not compress, pushed and pulled by JVMs of 24 MiB heap.
        OlxCourse course = OlxCourse.of("MITx", "Big", "2026").put("static/video.bin", OlxCourse.binary(48 * 1024 * 1024));
        Path folder = CourseFolders.write(course, dir.resolve("big"));
        Map<String, String> smallHeap = Map.of("COURSEPORT_TOKEN", server.adminToken(), "JAVA_TOOL_OPTIONS", "-Xmx24m");
        assertExit(0, courseportWith(smallHeap, "push", folder.toString(), "--course", "course-v1:MITx+Big+2026", "--wait"));
        Path pulled = dir.resolve("big-pulled");
        assertExit(0, courseportWith(smallHeap, "pull", "course-v1:MITx+Big+2026", "--into", pulled.toString()));
        CourseFolders.assertHolds(course, pulled);
    }
}
