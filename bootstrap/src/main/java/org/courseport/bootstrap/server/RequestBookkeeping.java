package org.courseport.bootstrap.server;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.courseport.application.audit.AuditFlush;
import org.courseport.application.audit.AuditLog;
import org.courseport.application.limit.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs what the rate limits and the audit need in the background: every {@value #SYNC_MILLIS} ms the
 * limiter shares its counts with the other nodes and the queued refusals are written to the audit;
 * every hour the audit drops what is past its retention. A failure is logged and tried again next time.
 */
final class RequestBookkeeping implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RequestBookkeeping.class);
    /** How far the nodes' counts may drift apart, and how long a refusal waits to be written. */
    static final long SYNC_MILLIS = 250;
    private static final long PRUNE_MINUTES = 60;

    private final RateLimiter limiter;
    private final AuditLog audit;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "request-bookkeeping");
        thread.setDaemon(true);
        return thread;
    });

    private RequestBookkeeping(RateLimiter limiter, AuditLog audit) {
        this.limiter = limiter;
        this.audit = audit;
    }

    static RequestBookkeeping start(RateLimiter limiter, AuditLog audit) {
        RequestBookkeeping bookkeeping = new RequestBookkeeping(limiter, audit);
        bookkeeping.timer.scheduleWithFixedDelay(bookkeeping::sync, SYNC_MILLIS, SYNC_MILLIS, TimeUnit.MILLISECONDS);
        bookkeeping.timer.scheduleWithFixedDelay(bookkeeping::prune, 0, PRUNE_MINUTES, TimeUnit.MINUTES);
        return bookkeeping;
    }

    private void sync() {
        try {
            limiter.sync();
        } catch (RuntimeException e) {
            LOG.warn("could not share the rate-limit counts: {}", e.toString());
        }
        flushAudit();
    }

    private void flushAudit() {
        try {
            AuditFlush flushed = audit.flush();
            if (flushed.dropped() > 0) {
                LOG.error("{} refusal(s) were not written to the audit log: the queue was full or the store failed",
                        flushed.dropped());
            }
        } catch (RuntimeException e) {
            LOG.error("could not write refusals to the audit log: {}", e.toString());
        }
    }

    private void prune() {
        try {
            long removed = audit.prune();
            if (removed > 0) {
                LOG.info("removed {} audit entries past their retention", removed);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not remove old audit entries: {}", e.toString());
        }
    }

    /** Stops, writing the refusals still queued; call once no request is served any more. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flushAudit();
    }
}
