package org.courseport.bootstrap.config;

import java.time.Duration;
import org.courseport.adapters.rest.server.ServerLimits;
import picocli.CommandLine.Option;

/** How the HTTP server holds out against slow and stuck clients. */
public final class HttpOptions {

    @Option(names = "--worker-threads",
            description = "Threads serving HTTP requests (4 per processor, at least 8).")
    Integer workerThreads;

    @Option(names = "--body-slots",
            description = "Requests that may read a body at once, fewer than --worker-threads; "
                    + "another gets a 503 with Retry-After (three quarters of the workers).")
    Integer bodySlots;

    @Option(names = "--body-read-timeout", defaultValue = "" + ServerLimits.DEFAULT_BODY_READ_TIMEOUT_SECONDS,
            description = "Seconds a request body may send nothing before the request ends with a 408 (${DEFAULT-VALUE}).")
    int bodyReadTimeout;

    public ServerLimits limits() {
        int workers = workerThreads != null ? workerThreads : ServerLimits.defaultWorkerThreads();
        int slots = bodySlots != null ? bodySlots : ServerLimits.defaultBodySlots(workers);
        return new ServerLimits(workers, slots, Duration.ofSeconds(bodyReadTimeout));
    }
}
