package org.courseport.application.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.courseport.application.query.CollectionQueries;
import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.audit.AuditEntry;
import org.courseport.domain.audit.AuditRecord;
import org.courseport.domain.audit.AuditRetention;
import org.courseport.domain.audit.AuditSchema;
import org.courseport.domain.audit.AuditStore;
import org.courseport.domain.audit.TimeRange;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.user.UserType;

/**
 * The audit log. A request that may have changed something (a write, whatever its outcome) is kept
 * before its answer leaves: the caller waits for the one insert, and an entry is never lost to a
 * crash after the client was told. Refusals (401, 403, and a write over its rate limit, 429), which
 * a client can send as fast as the network allows, change nothing: they wait in a bounded queue and
 * are written in batches by {@link #flush()}, called now and then by whoever runs the log and whenever
 * a batch is full; when the queue is full they are dropped and counted, and the count is reported by
 * the next flush, never dropped silently.
 */
public final class AuditLog implements RecordAudit, ListAudit {
    /** Refusals written in one batch. */
    static final int BATCH = 200;
    /** Refusals waiting at most; more are counted and dropped. */
    static final int QUEUE = 20_000;

    private final AuditStore store;
    private final AuditRetention retention;
    private final Clock clock;
    private final BlockingQueue<AuditRecord> refusals = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicLong dropped = new AtomicLong();

    public AuditLog(AuditStore store, AuditRetention retention, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void record(AuditRecord record) {
        if (!record.refusal()) {
            store.append(List.of(record));
            return;
        }
        if (!refusals.offer(record)) {
            dropped.incrementAndGet();
        } else if (refusals.size() >= BATCH) {
            flush();
        }
    }

    /**
     * Writes the refusals waiting, in batches, in the order they came. A batch the store refuses is
     * counted as dropped, and the failure thrown for the caller to report.
     */
    public synchronized AuditFlush flush() {
        int written = 0;
        List<AuditRecord> batch = new ArrayList<>(BATCH);
        while (refusals.drainTo(batch, BATCH) > 0) {
            try {
                store.append(batch);
            } catch (RuntimeException e) {
                dropped.addAndGet(batch.size());
                throw e;
            }
            written += batch.size();
            batch.clear();
        }
        return new AuditFlush(written, dropped.getAndSet(0));
    }

    /** Removes the entries past keeping; returns how many. */
    public long prune() {
        return store.deleteBefore(retention.cutoff(clock.instant()));
    }

    @Override
    public Page<AuditEntry> list(Caller caller, CollectionRequest request, TimeRange range) {
        if (caller.type() != UserType.ADMIN) {
            throw new Forbidden("only an admin may read the audit");
        }
        CollectionQuery query = CollectionQueries.parse(AuditSchema.SCHEMA, request);
        return new Page<>(query, store.list(query, range));
    }
}
