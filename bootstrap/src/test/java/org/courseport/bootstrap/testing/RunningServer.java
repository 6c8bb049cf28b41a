package org.courseport.bootstrap.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.server.ServerLimits;
import org.courseport.bootstrap.server.CourseportServer;
import org.courseport.bootstrap.server.DataDirectory;
import org.courseport.bootstrap.wiring.GitSourceSettings;
import org.courseport.bootstrap.server.ServerSettings;
import org.courseport.domain.course.ArchiveLimits;

/** The whole server as {@code serve} wires it, in this JVM, on a free port, with its data in a temporary directory. */
public final class RunningServer implements AutoCloseable {
    private ServerSettings settings;
    private final Path data;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private CourseportServer server;

    private RunningServer(Path data, DatabaseSettings database) {
        this(new ServerSettings("127.0.0.1", 0, data, database, Duration.ofSeconds(5)));
    }

    private RunningServer(ServerSettings settings) {
        this.settings = settings;
        this.data = settings.dataDirectory();
        this.server = start();
    }

    private CourseportServer start() {
        return CourseportServer.start(settings, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    /** On the embedded store, with these limits on course archives. */
    public static RunningServer embedded(Path data, ArchiveLimits importLimits) {
        return new RunningServer(new ServerSettings("127.0.0.1", 0, data, DatabaseSettings.embedded(data, 8),
                Duration.ofSeconds(5), importLimits, 2));
    }

    /** On the embedded store, with these protections against slow clients. */
    public static RunningServer embedded(Path data, ServerLimits httpLimits) {
        ServerSettings defaults = new ServerSettings("127.0.0.1", 0, data, DatabaseSettings.embedded(data, 8), Duration.ofSeconds(5));
        return new RunningServer(new ServerSettings(defaults.host(), defaults.port(), data, defaults.database(),
                defaults.shutdownGrace(), defaults.importLimits(), defaults.importWorkers(), defaults.nodeLease(),
                defaults.tokenCache(), defaults.maxSubmissionFileBytes(), httpLimits, defaults.git()));
    }

    /** On the embedded default store: H2 under {@code data}. */
    public static RunningServer embedded(Path data) {
        return new RunningServer(data, DatabaseSettings.embedded(data, 8));
    }

    /** On the embedded store, fetching from git servers on this machine over http. */
    public static RunningServer embeddedWithLocalGit(Path data) {
        return new RunningServer(new ServerSettings("127.0.0.1", 0, data, DatabaseSettings.embedded(data, 8),
                Duration.ofSeconds(5)).withGit(GitSourceSettings.DEFAULTS.withAllowHttp(true)));
    }

    public static RunningServer on(Path data, DatabaseSettings database) {
        return new RunningServer(data, database);
    }

    /** On the given store, with these limits on course archives. */
    public static RunningServer on(Path data, DatabaseSettings database, ArchiveLimits importLimits) {
        return new RunningServer(new ServerSettings("127.0.0.1", 0, data, database, Duration.ofSeconds(5), importLimits, 2));
    }

    public Path data() {
        return data;
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    public CourseportServer server() {
        return server;
    }

    /** What the server printed for its operator. */
    public String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    /** The first admin's token, from the file the server wrote. */
    public String adminToken() {
        try {
            return Files.readString(data.resolve(DataDirectory.ADMIN_TOKEN)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiClient admin() {
        return new ApiClient(base(), adminToken());
    }

    public ApiClient client(String token) {
        return new ApiClient(base(), token);
    }

    /**
     * Stops the server, does what an operator does to a stopped server's data directory (the embedded
     * store serves one process at a time), and starts it again on the same data and port.
     */
    public <T> T whileStopped(Supplier<T> operatorWork) {
        settings = settings.withPort(server.port());
        server.close();
        try {
            return operatorWork.get();
        } finally {
            server = start();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
