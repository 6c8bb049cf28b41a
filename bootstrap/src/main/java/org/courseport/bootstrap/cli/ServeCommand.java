package org.courseport.bootstrap.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.courseport.bootstrap.config.HttpOptions;
import org.courseport.bootstrap.config.LimitOptions;
import org.courseport.adapters.rest.server.CourseportFeature;
import org.courseport.bootstrap.config.GitOptions;
import org.courseport.bootstrap.config.ImportOptions;
import org.courseport.bootstrap.config.StoreOptions;
import org.courseport.bootstrap.server.CourseportServer;
import org.courseport.bootstrap.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sun.misc.Signal;

/** Serves the API until SIGTERM or SIGINT, then drains and exits 0. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the server.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    ImportOptions imports;

    @Mixin
    HttpOptions http;

    @Mixin
    GitOptions git;

    @Mixin
    LimitOptions limits;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--shutdown-grace", defaultValue = "30", description = "Seconds to drain requests on SIGTERM (${DEFAULT-VALUE}).")
    int shutdownGrace;

    @Option(names = "--node-lease", defaultValue = "30",
            description = "Seconds after its last heartbeat that a node counts as dead and its imports as failed (${DEFAULT-VALUE}).")
    int nodeLease;

    @Option(names = "--token-cache-ms", defaultValue = "600000",
            description = "Milliseconds a checked token is kept in the cache at most; revoked tokens and changed users "
                    + "leave every node's cache within a second whatever this is; 0 turns the cache off (${DEFAULT-VALUE}).")
    long tokenCacheMillis;

    @Option(names = "--max-submission-file-bytes", defaultValue = "" + CourseportFeature.DEFAULT_MAX_SUBMISSION_FILE_BYTES,
            description = "Largest submission file one upload may carry; larger is a 413 (${DEFAULT-VALUE}).")
    long maxSubmissionFileBytes;

    @Override
    public Integer call() throws InterruptedException {
        ServerSettings settings = new ServerSettings(host, port, store.dataDirectory(), store.database(),
                Duration.ofSeconds(shutdownGrace), imports.limits(), imports.workers(), Duration.ofSeconds(nodeLease),
                Duration.ofMillis(tokenCacheMillis), maxSubmissionFileBytes, http.limits(),
                git.settings()).withLimitsAndAudit(limits.settings());
        CountDownLatch stop = new CountDownLatch(1);
        // A shutdown hook alone would exit 143 on SIGTERM; handling the signal lets the process drain and exit 0.
        Signal.handle(new Signal("TERM"), signal -> stop.countDown());
        Signal.handle(new Signal("INT"), signal -> stop.countDown());
        try (CourseportServer server = CourseportServer.start(settings, System.out)) {
            System.out.flush();
            stop.await();
        }
        return 0;
    }
}
