package org.courseport.bootstrap.durability;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.bootstrap.testing.Cli;
import org.courseport.bootstrap.testing.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What another local user or process can reach of a running {@code serve} on the embedded default:
 * no socket but the HTTP port, no file under the data directory, and no second process on its data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataDirectoryProcessTest {
    private static final String LISTEN = "0A";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Set<PosixFilePermission> OTHERS = Set.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Path run = Path.of("target", "data-directory-runs", UUID.randomUUID().toString()).toAbsolutePath();
    private final Path data = run.resolve("data");
    private ServerProcess server;
    private ApiClient admin;

    /** The operator made the folder beforehand with the usual 0755. */
    @BeforeAll
    void serveFromAnOpenFolder() throws IOException {
        Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        server = ServerProcess.launchEmbedded(data, run.resolve("server.log")).awaitHealthy();
        admin = server.client(server.adminToken().orElseThrow());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theServerListensOnItsHttpPortAlone() throws IOException {
        Set<String> sockets = socketInodes(server.pid());
        Set<Integer> listening = new HashSet<>(ports("tcp", sockets, LISTEN::equals));
        listening.addAll(ports("tcp6", sockets, LISTEN::equals));
        assertEquals(Set.of(server.uri("/").getPort()), listening, "TCP ports the server listens on");
        assertEquals(List.of(), ports("udp", sockets, any -> true), "UDP ports of the server");
        assertEquals(List.of(), ports("udp6", sockets, any -> true), "UDP ports of the server");
    }

    @Test
    void aSecondServerAndTheStoreCommandsAreRefusedWhileItRuns() {
        Cli.Result second = Cli.run("serve", "--port", "0", "--data", data.toString());
        assertEquals(1, second.exitCode(), second.out() + second.err());
        assertTrue(second.err().contains("is in use by another Courseport process (pid " + server.pid() + ")"), second.err());
        assertTrue(second.err().contains("stop that process first"), second.err());

        Cli.Result token = Cli.run("token", "--user", "admin", "--data", data.toString());
        assertEquals(1, token.exitCode(), token.out() + token.err());
        assertTrue(token.err().contains("is in use by another Courseport process"), token.err());
        assertEquals(200, admin.get("/api/v1/users.json").statusCode(), "the running server's token still works");
    }

    @Test
    void everyFileAndFolderItWritesIsOwnerOnlyAfterAFullRun() throws Exception {
        String key = "course-v1:MITx+Modes+2026";
        byte[] archive = OlxCourse.of("MITx", "Modes", "2026").put("static/big.bin", OlxCourse.binary(600 * 1024)).tarGz();
        assertEquals(201, admin.send(admin.request("/api/v1/import/" + key + ".json?wait=true")
                .header("Content-Type", "application/gzip").POST(HttpRequest.BodyPublishers.ofByteArray(archive))).statusCode());
        assertEquals(200, admin.get("/api/v1/export/" + key).statusCode());
        assertEquals(201, admin.postForm("/api/v1/users.json", fields("user_name", "amy", "type", "student",
                "first_name", "Amy", "last_name", "Pond")).statusCode());
        HttpResponse<String> assignment = admin.postForm("/api/v1/assignments.json",
                fields("short_identifier", "MODES", "due_date", "2026-12-01"));
        assertEquals(201, assignment.statusCode(), assignment.body());
        String groups = "/api/v1/assignments/" + id(assignment) + "/groups";
        String group = groups + "/" + id(admin.postForm(groups + ".json", fields("group_name", "g", "members", "amy")));
        String boundary = "modes-boundary";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"filename\"\r\n\r\nsrc/main.py\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file_content\"; filename=\"main.py\"\r\n"
                + "Content-Type: text/x-python\r\n\r\n" + "print('modes')\n".repeat(30_000) + "\r\n--" + boundary + "--\r\n";
        assertEquals(201, admin.send(admin.request(group + "/submission_files.json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart))).statusCode());
        assertEquals(201, admin.postForm(group + "/collect.json", fields()).statusCode());
        assertEquals(201, admin.postForm("/api/v1/test_results.json", fields("assignment", "MODES", "group_name", "g",
                "filename", "result.json", "file_content", "{}")).statusCode());
        assertEquals(200, admin.get(group + "/submission_downloads").statusCode());

        Map<String, String> open = new TreeMap<>();
        try (Stream<Path> everything = Files.walk(data)) {
            for (Path path : everything.toList()) {
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(path);
                if (mode.stream().anyMatch(OTHERS::contains)) {
                    open.put(data.relativize(path).toString(), PosixFilePermissions.toString(mode));
                }
            }
        }
        assertEquals(Map.of(), open, "files or folders others may use");
    }

    /** The inodes of the process's open sockets, from its file descriptors' links ({@code socket:[inode]}). */
    private static Set<String> socketInodes(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path descriptor : descriptors.toList()) {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while we listed them is no socket of interest
                }
            }
        }
        return inodes;
    }

    /** The local ports of the rows of {@code /proc/net/<table>} that are these sockets, in a state of interest. */
    private static List<Integer> ports(String table, Set<String> sockets, Predicate<String> state) throws IOException {
        List<Integer> ports = new ArrayList<>();
        List<String> rows = Files.readAllLines(Path.of("/proc/net", table));
        for (String row : rows.subList(1, rows.size())) {
            String[] columns = row.trim().split("\\s+");
            if (sockets.contains(columns[9]) && state.test(columns[3])) {
                String local = columns[1];
                ports.add(Integer.parseInt(local.substring(local.indexOf(':') + 1), 16));
            }
        }
        return ports;
    }

    private static String id(HttpResponse<String> response) {
        Matcher id = ID.matcher(response.body());
        assertTrue(id.find(), response.body());
        return id.group(1);
    }
}
