package org.courseport.bootstrap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.bootstrap.cli.Main;

/**
 * A {@code courseport serve} running in a process of its own, as an operator would start it, on this
 * test's classpath. Its output goes to {@code server.log} in its data directory.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Process process;
    private final Path data;
    private final Path log;
    private final URI base;

    private ServerProcess(Process process, Path data, Path log, int port) {
        this.process = process;
        this.data = data;
        this.log = log;
        this.base = URI.create("http://127.0.0.1:" + port + "/");
    }

    /**
     * Starts the process with any further {@code serve} flags; {@link #awaitHealthy()} waits until it
     * serves. The password travels in the environment, not on the command line.
     */
    public static ServerProcess launch(Path data, DatabaseSettings database, String... flags) {
        List<String> store = List.of("--db-url", database.url(), "--db-user", database.user(), "--db-pool-size", "4");
        return launch(data, data.resolve("server.log"), store,
                Map.of("COURSEPORT_DB_PASSWORD", database.password() == null ? "" : database.password()), flags);
    }

    /**
     * On the embedded default store under {@code data}, as {@code serve} without a database flag runs,
     * its output in {@code log}.
     */
    public static ServerProcess launchEmbedded(Path data, Path log, String... flags) {
        return launch(data, log, List.of(), Map.of(), flags);
    }

    private static ServerProcess launch(Path data, Path log, List<String> store, Map<String, String> environment,
            String... flags) {
        try {
            Files.createDirectories(data);
            int port = freePort();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                    "--host", "127.0.0.1", "--port", Integer.toString(port), "--data", data.toString(),
                    "--shutdown-grace", "5"));
            command.addAll(store);
            command.addAll(List.of(flags));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return new ServerProcess(builder.start(), data, log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blocks until {@code GET /health} answers 200; fails with the server's log if it dies or never does. */
    public ServerProcess awaitHealthy() {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(base.resolve("health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return this;
                }
            } catch (ConnectException notYet) {
                // still starting
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException("the server did not become healthy within " + STARTUP + ":\n" + log());
    }

    public long pid() {
        return process.pid();
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public ApiClient client(String token) {
        return new ApiClient(base, token);
    }

    /** The first admin's token, if this node was the one that created the admin. */
    public Optional<String> adminToken() {
        Path file = data.resolve("admin.token");
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGKILL: the node dies at once, with no chance to clean up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then the exit code of the orderly stop. */
    public int stop() throws InterruptedException {
        requestStop();
        return awaitExit();
    }

    /** SIGTERM without waiting, so that several nodes drain at once. */
    public void requestStop() {
        process.destroy();
    }

    /** The exit code once the process has ended; fails (and kills it) if it does not end within a minute. */
    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not stop on SIGTERM:\n" + log());
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
