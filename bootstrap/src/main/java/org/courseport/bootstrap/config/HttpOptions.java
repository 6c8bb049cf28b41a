package org.courseport.bootstrap.config;

import java.time.Duration;
import org.courseport.adapters.rest.server.ServerLimits;
import picocli.CommandLine.Option;

/** How the HTTP server holds out against slow and stuck clients. */
public final class HttpOptions {

    @Option(names = "--worker-threads", defaultValue = "" + ServerLimits.DEFAULT_WORKER_THREADS,
            description = "Threads serving HTTP requests (${DEFAULT-VALUE}).")
    int workerThreads;

    @Option(names = "--body-slots", defaultValue = "" + ServerLimits.DEFAULT_BODY_SLOTS,
            description = "Requests that may read a body at once, fewer than --worker-threads; "
                    + "another gets a 503 with Retry-After (${DEFAULT-VALUE}).")
    int bodySlots;

    @Option(names = "--body-read-timeout", defaultValue = "" + ServerLimits.DEFAULT_BODY_READ_TIMEOUT_SECONDS,
            description = "Seconds a request body may send nothing before the request ends with a 408 (${DEFAULT-VALUE}).")
    int bodyReadTimeout;

    public ServerLimits limits() {
        return new ServerLimits(workerThreads, bodySlots, Duration.ofSeconds(bodyReadTimeout));
    }
}
