package org.courseport.bootstrap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.courseport.adapters.rest.server.ServerLimits;
import org.courseport.bootstrap.config.LayeredDefaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A flag wins over the environment, the environment over the properties file, the file over the default. */
class ConfigurationLayersTest {
    @TempDir
    Path dir;

    private ServeCommand parse(Map<String, String> environment, String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).setDefaultValueProvider(LayeredDefaults.from(args, environment)).parseArgs(args);
        return serve;
    }

    @Test
    void eachLayerWinsOverTheOnesBelowIt() throws IOException {
        Path file = dir.resolve("courseport.properties");
        Files.writeString(file, "port=7001\nhost=0.0.0.0\ndb-url=jdbc:postgresql://db/file\nimport-max-entries=10\n");
        Map<String, String> environment = Map.of("COURSEPORT_PORT", "7002", "COURSEPORT_DB_URL", "jdbc:postgresql://db/env");

        ServeCommand serve = parse(environment, "--config", file.toString(), "--port", "7003");
        assertEquals(7003, serve.port, "the flag wins");
        assertEquals("jdbc:postgresql://db/env", serve.store.database().url(), "the environment beats the file");
        assertEquals("0.0.0.0", serve.host, "the file beats the default");
        assertEquals(10L, serve.imports.limits().maxEntries(), "mixins read the layers too");

        ServeCommand defaults = parse(Map.of());
        assertEquals(8080, defaults.port);
        assertEquals("127.0.0.1", defaults.host);
        assertTrue(defaults.store.database().url().startsWith("jdbc:h2:file:"), "embedded H2 by default");
    }

    @Test
    void theConfigFileCanComeFromTheEnvironment() throws IOException {
        Path file = dir.resolve("from-env.properties");
        Files.writeString(file, "max-submission-file-bytes=1234\n");
        ServeCommand serve = parse(Map.of("COURSEPORT_CONFIG", file.toString()));
        assertEquals(1234L, serve.maxSubmissionFileBytes);
    }

    @Test
    void theHttpLimitsAreSettingsLikeTheOthers() {
        ServeCommand serve = parse(Map.of("COURSEPORT_BODY_SLOTS", "3"), "--worker-threads", "5", "--body-read-timeout", "2");
        assertEquals(new ServerLimits(5, 3, Duration.ofSeconds(2)), serve.http.limits());
        assertEquals(ServerLimits.DEFAULTS, parse(Map.of()).http.limits());
    }
}
