package org.courseport.adapters.rest.server;

import java.time.Duration;
import java.util.Objects;

/**
 * What keeps slow or stuck clients from taking the server: {@code workerThreads} serve requests;
 * at most {@code bodySlots} of them may be reading a request body at once (a body read blocks its
 * worker for as long as the client takes), so the rest are always free for short requests; and a
 * body read that receives nothing for {@code bodyReadTimeout} ends the request with a 408.
 */
public record ServerLimits(int workerThreads, int bodySlots, Duration bodyReadTimeout) {
    public static final int DEFAULT_WORKER_THREADS = 32;
    public static final int DEFAULT_BODY_SLOTS = 16;
    public static final int DEFAULT_BODY_READ_TIMEOUT_SECONDS = 15;
    public static final Duration DEFAULT_BODY_READ_TIMEOUT = Duration.ofSeconds(DEFAULT_BODY_READ_TIMEOUT_SECONDS);
    public static final ServerLimits DEFAULTS =
            new ServerLimits(DEFAULT_WORKER_THREADS, DEFAULT_BODY_SLOTS, DEFAULT_BODY_READ_TIMEOUT);

    public ServerLimits {
        Objects.requireNonNull(bodyReadTimeout, "bodyReadTimeout");
        if (bodySlots < 1 || bodySlots >= workerThreads) {
            throw new IllegalArgumentException("body slots must be at least 1 and fewer than the " + workerThreads
                    + " worker threads, so that short requests always find a worker; got " + bodySlots);
        }
        if (bodyReadTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("the body read timeout must be positive");
        }
    }
}
