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
    public static final int DEFAULT_BODY_READ_TIMEOUT_SECONDS = 15;
    public static final Duration DEFAULT_BODY_READ_TIMEOUT = Duration.ofSeconds(DEFAULT_BODY_READ_TIMEOUT_SECONDS);
    public static final ServerLimits DEFAULTS = new ServerLimits(defaultWorkerThreads(),
            defaultBodySlots(defaultWorkerThreads()), DEFAULT_BODY_READ_TIMEOUT);

    /**
     * Four per processor, at least eight: enough to keep the processors busy while some requests wait
     * on the database, few enough that they do not queue for its connections and each other's locks.
     * (32 on two processors served a third fewer requests than 4.)
     */
    public static int defaultWorkerThreads() {
        return Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    }

    /** Three quarters of the workers: the last quarter is always free for requests without a body. */
    public static int defaultBodySlots(int workerThreads) {
        return Math.max(1, workerThreads * 3 / 4);
    }

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
