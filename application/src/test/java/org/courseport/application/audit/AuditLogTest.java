package org.courseport.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.courseport.application.fixtures.InMemoryAuditStore;
import org.courseport.application.fixtures.MovableClock;
import org.courseport.application.query.CollectionRequest;
import org.courseport.domain.audit.AuditEntry;
import org.courseport.domain.audit.AuditRecord;
import org.courseport.domain.audit.AuditRetention;
import org.courseport.domain.audit.AuditStore;
import org.courseport.domain.audit.TimeRange;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Listing;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

class AuditLogTest {
    private static final Caller ADMIN = new Caller(new UserName("admin"), UserType.ADMIN);

    private final MovableClock clock = new MovableClock();
    private final InMemoryAuditStore store = new InMemoryAuditStore();
    private final AuditLog log = new AuditLog(store, new AuditRetention(7), clock);

    @Test
    void aWriteIsKeptAtOnceWhateverItsOutcome() {
        log.record(record("POST", 201));
        log.record(record("DELETE", 409));
        log.record(record("PUT", 500));

        assertEquals(List.of(201, 409, 500), statuses());
    }

    @Test
    void refusalsWaitForAFlushAndKeepTheirOrder() {
        log.record(record("GET", 401));
        log.record(record("POST", 403));
        log.record(record("POST", 201));
        assertEquals(List.of(201), statuses());

        AuditFlush flushed = log.flush();

        assertEquals(new AuditFlush(2, 0), flushed);
        assertEquals(List.of(201, 401, 403), statuses());
        assertEquals(new AuditFlush(0, 0), log.flush());
    }

    @Test
    void aFullBatchIsWrittenWithoutWaiting() {
        for (int i = 0; i < AuditLog.BATCH; i++) {
            log.record(record("GET", 401));
        }
        assertEquals(AuditLog.BATCH, statuses().size());
        log.record(record("GET", 401));
        assertEquals(AuditLog.BATCH, statuses().size());
    }

    @Test
    void refusalsOverTheQueueAreDroppedAndCounted() {
        CountingStore counting = new CountingStore();
        AuditLog slow = new AuditLog(counting, new AuditRetention(7), clock);
        counting.failing = true;
        int offered = AuditLog.QUEUE + 5;
        int failures = 0;
        for (int i = 0; i < offered; i++) {
            try {
                slow.record(record("GET", 401));
            } catch (IllegalStateException e) {
                failures++;
            }
        }
        assertTrue(failures > 0, "a full batch that cannot be written fails its flush");
        counting.failing = false;

        AuditFlush flushed = slow.flush();

        assertEquals(offered, flushed.written() + flushed.dropped(), "every refusal is written or counted");
        assertEquals(flushed.written(), counting.appended);
        assertEquals(new AuditFlush(0, 0), slow.flush(), "the count of dropped ones is reported once");
    }

    @Test
    void aBatchTheStoreRefusesIsCountedAsDropped() {
        CountingStore counting = new CountingStore();
        AuditLog failing = new AuditLog(counting, new AuditRetention(7), clock);
        failing.record(record("GET", 401));
        failing.record(record("GET", 403));
        counting.failing = true;

        assertThrows(IllegalStateException.class, failing::flush);
        counting.failing = false;

        assertEquals(new AuditFlush(0, 2), failing.flush());
    }

    @Test
    void pruningRemovesWhatIsPastTheRetention() {
        log.record(record("POST", 201));
        clock.advance(Duration.ofDays(5));
        log.record(record("POST", 202));
        clock.advance(Duration.ofDays(3));

        assertEquals(1, log.prune());

        assertEquals(List.of(202), statuses());
        assertEquals(0, log.prune());
    }

    @Test
    void onlyAnAdminReadsTheAudit() {
        log.record(record("POST", 201));
        Forbidden refused = assertThrows(Forbidden.class, () -> log.list(new Caller(new UserName("ta"), UserType.TA),
                CollectionRequest.everything(), TimeRange.all()));
        assertTrue(refused.getMessage().contains("admin"));
        assertThrows(Forbidden.class, () -> log.list(new Caller(new UserName("s"), UserType.STUDENT),
                CollectionRequest.everything(), TimeRange.all()));
    }

    @Test
    void listsWithFiltersAndTimeRange() {
        log.record(record("POST", 201));
        clock.advance(Duration.ofMinutes(1));
        log.record(record("PUT", 200));
        Instant second = clock.instant();

        List<Integer> filtered = new ArrayList<>();
        log.list(ADMIN, new CollectionRequest("method:put", null, null, null, null), TimeRange.all()).listing().rows()
                .forEach(e -> filtered.add(e.record().status()));
        List<Integer> ranged = new ArrayList<>();
        log.list(ADMIN, CollectionRequest.everything(), new TimeRange(second, null)).listing().rows()
                .forEach(e -> ranged.add(e.record().status()));

        assertEquals(List.of(200), filtered);
        assertEquals(List.of(200), ranged);
    }

    private AuditRecord record(String method, int status) {
        return new AuditRecord(clock.instant(), status == 401 ? null : "ada", status == 401 ? null : "default", method,
                "/api/v1/users", status, "r");
    }

    private List<Integer> statuses() {
        List<Integer> statuses = new ArrayList<>();
        log.list(ADMIN, CollectionRequest.everything(), TimeRange.all()).listing().rows()
                .forEach(e -> statuses.add(e.record().status()));
        return statuses;
    }

    /** A store that counts what it keeps and fails while told to. */
    private static final class CountingStore implements AuditStore {
        private boolean failing;
        private int appended;

        @Override
        public void append(List<AuditRecord> records) {
            if (failing) {
                throw new IllegalStateException("database away");
            }
            appended += records.size();
        }

        @Override
        public Listing<AuditEntry> list(CollectionQuery query, TimeRange range) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long deleteBefore(Instant cutoff) {
            return 0;
        }
    }
}
