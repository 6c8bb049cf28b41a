package org.courseport.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.courseport.application.query.CollectionQueries;
import org.courseport.application.query.CollectionRequest;
import org.courseport.domain.audit.AuditEntry;
import org.courseport.domain.audit.AuditRecord;
import org.courseport.domain.audit.AuditSchema;
import org.courseport.domain.audit.AuditStore;
import org.courseport.domain.audit.TimeRange;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Listing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link AuditStore} keeps: entries in the order written, filtered, paged and trimmed alike. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AuditStoreContract {
    private static final Instant T0 = Instant.parse("2026-09-01T10:00:00Z");

    protected abstract AuditStore audit();

    @BeforeEach
    void empty() {
        audit().deleteBefore(Instant.parse("2100-01-01T00:00:00Z"));
    }

    @Test
    void entriesComeBackAsWrittenInTheOrderWritten() {
        AuditRecord write = record(0, "ada", "POST", "/api/v1/users.json", 201);
        AuditRecord refusal = new AuditRecord(T0.plusSeconds(1), null, null, "GET", "/api/v1/users", 401, "r-2");
        audit().append(List.of(write));
        audit().append(List.of(refusal));

        List<AuditEntry> entries = rows(audit().list(query(null, null, null), TimeRange.all()));

        assertEquals(List.of(write, refusal), entries.stream().map(AuditEntry::record).toList());
        assertEquals(true, entries.get(0).id() < entries.get(1).id());
    }

    @Test
    void aBatchIsKeptInItsOrder() {
        List<AuditRecord> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(record(i, "bot", "GET", "/api/v1/courses/" + i, 403));
        }
        audit().append(batch);

        assertEquals(batch, rows(audit().list(query(null, null, null), TimeRange.all())).stream()
                .map(AuditEntry::record).toList());
    }

    @Test
    void filtersByUserRouteAndStatusPagesAndSorts() {
        audit().append(List.of(record(0, "ada", "POST", "/api/v1/users", 201), record(1, "bob", "POST", "/api/v1/users", 201),
                record(2, "ada", "DELETE", "/api/v1/users/3", 204), record(3, "ada", "POST", "/api/v1/users", 409)));

        assertEquals(List.of(2), seconds(audit().list(query("user_name:ADA,status:204", null, null), TimeRange.all())));
        assertEquals(3, rows(audit().list(query("route:/api/v1/users", null, null), TimeRange.all())).size());
        Listing<AuditEntry> page = audit().list(query("user_name:ada", "1", "-at"), TimeRange.all());
        assertEquals(3L, page.total().getAsLong());
        assertEquals(List.of("/api/v1/users"), rows(page).stream().map(e -> e.record().path()).toList());
        assertEquals(409, rows(page).get(0).record().status());
    }

    @Test
    void aTimeRangeIncludesItsStartAndExcludesItsEnd() {
        audit().append(List.of(record(0, "a", "PUT", "/api/v1/x", 200), record(10, "a", "PUT", "/api/v1/x", 200),
                record(20, "a", "PUT", "/api/v1/x", 200)));

        List<AuditEntry> middle = rows(audit().list(query(null, null, null),
                new TimeRange(T0.plusSeconds(10), T0.plusSeconds(20))));

        assertEquals(List.of(T0.plusSeconds(10)), middle.stream().map(e -> e.record().at()).toList());
        assertEquals(2, rows(audit().list(query(null, null, null), new TimeRange(T0.plusSeconds(1), null))).size());
        assertEquals(2, rows(audit().list(query(null, null, null), new TimeRange(null, T0.plusSeconds(11)))).size());
    }

    @Test
    void deletingBeforeACutoffKeepsTheRestAndCounts() {
        audit().append(List.of(record(0, "a", "PUT", "/api/v1/x", 200), record(60, "a", "PUT", "/api/v1/x", 200),
                record(120, "a", "PUT", "/api/v1/x", 200)));

        assertEquals(2, audit().deleteBefore(T0.plusSeconds(61)));

        assertEquals(List.of(T0.plusSeconds(120)), rows(audit().list(query(null, null, null), TimeRange.all())).stream()
                .map(e -> e.record().at()).toList());
        assertEquals(0, audit().deleteBefore(T0.plusSeconds(61)));
    }

    private static AuditRecord record(int second, String user, String method, String path, int status) {
        return new AuditRecord(T0.plusSeconds(second), user, "default", method, path, status,
                UUID.randomUUID().toString());
    }

    private static CollectionQuery query(String filter, String limit, String sort) {
        return CollectionQueries.parse(AuditSchema.SCHEMA, new CollectionRequest(filter, null, limit, null, sort));
    }

    private static List<AuditEntry> rows(Listing<AuditEntry> listing) {
        List<AuditEntry> rows = new ArrayList<>();
        listing.rows().forEach(rows::add);
        return rows;
    }

    private static List<Integer> seconds(Listing<AuditEntry> listing) {
        return rows(listing).stream().map(e -> (int) (e.record().at().getEpochSecond() - T0.getEpochSecond())).toList();
    }
}
