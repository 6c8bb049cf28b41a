package org.courseport.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditValuesTest {
    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");

    @Test
    void retentionKeepsWholeDaysAndAtLeastOne() {
        assertEquals(Instant.parse("2026-08-02T10:00:00Z"), new AuditRetention(30).cutoff(NOW));
        assertEquals(Instant.parse("2026-08-31T10:00:00Z"), new AuditRetention(1).cutoff(NOW));
        assertThrows(IllegalArgumentException.class, () -> new AuditRetention(0));
        assertThrows(IllegalArgumentException.class, () -> new AuditRetention(-5));
        assertEquals(90, AuditRetention.DEFAULT_DAYS);
    }

    @Test
    void aTimeRangeIncludesItsStartExcludesItsEndAndMayBeOpen() {
        TimeRange range = new TimeRange(NOW, NOW.plusSeconds(60));
        assertTrue(range.contains(NOW));
        assertTrue(range.contains(NOW.plusSeconds(59)));
        assertFalse(range.contains(NOW.plusSeconds(60)));
        assertFalse(range.contains(NOW.minusNanos(1)));
        assertTrue(new TimeRange(null, NOW).contains(Instant.EPOCH));
        assertFalse(new TimeRange(null, NOW).contains(NOW));
        assertTrue(new TimeRange(NOW, null).contains(NOW.plusSeconds(1_000_000)));
        assertTrue(TimeRange.all().contains(NOW));
        assertNull(TimeRange.all().since());
        assertThrows(IllegalArgumentException.class, () -> new TimeRange(NOW, NOW));
        assertThrows(IllegalArgumentException.class, () -> new TimeRange(NOW, NOW.minusSeconds(1)));
    }

    @Test
    void aRecordKeepsARouteNeverItsQueryAndKnowsARefusal() {
        AuditRecord write = new AuditRecord(NOW, "ada", "default", "POST", "/api/v1/users", 201, "r1");
        assertFalse(write.refusal());
        assertTrue(new AuditRecord(NOW, null, null, "GET", "/api/v1/users", 401, "r2").refusal());
        assertTrue(new AuditRecord(NOW, "s1", "default", "GET", "/api/v1/users", 403, "r3").refusal());
        assertTrue(new AuditRecord(NOW, "s1", "default", "POST", "/api/v1/users", 429, "r3").refusal());
        assertFalse(new AuditRecord(NOW, "s1", "default", "GET", "/api/v1/users", 404, "r3").refusal());
        assertFalse(new AuditRecord(NOW, "s1", "default", "GET", "/api/v1/users", 400, "r3").refusal());
        assertThrows(IllegalArgumentException.class,
                () -> new AuditRecord(NOW, "ada", "default", "GET", "/api/v1/users?token=x", 200, "r"));
        assertEquals(AuditRecord.MAX_PATH,
                new AuditRecord(NOW, "ada", "default", "GET", "/" + "a".repeat(600), 200, "r").path().length());
        assertEquals(AuditRecord.MAX_PATH,
                new AuditRecord(NOW, "ada", "default", "GET", "/" + "a".repeat(AuditRecord.MAX_PATH - 1), 200, "r").path().length());
    }

    @Test
    void aRecordRefusesWhatIsNotHttp() {
        assertThrows(IllegalArgumentException.class, () -> new AuditRecord(NOW, null, null, "get", "/a", 200, "r"));
        assertThrows(IllegalArgumentException.class, () -> new AuditRecord(NOW, null, null, "", "/a", 200, "r"));
        assertThrows(IllegalArgumentException.class, () -> new AuditRecord(NOW, null, null, "GET", "/a", 99, "r"));
        assertThrows(IllegalArgumentException.class, () -> new AuditRecord(NOW, null, null, "GET", "/a", 600, "r"));
        assertEquals(100, new AuditRecord(NOW, null, null, "GET", "/a", 100, "r").status());
        assertEquals(599, new AuditRecord(NOW, null, null, "GET", "/a", 599, "r").status());
        assertThrows(IllegalArgumentException.class, () -> new AuditRecord(NOW, null, "ci", "GET", "/a", 200, "r"));
        assertThrows(NullPointerException.class, () -> new AuditRecord(null, null, null, "GET", "/a", 200, "r"));
        assertThrows(NullPointerException.class, () -> new AuditRecord(NOW, null, null, null, "/a", 200, "r"));
        assertThrows(NullPointerException.class, () -> new AuditRecord(NOW, null, null, "GET", null, 200, "r"));
        assertThrows(NullPointerException.class, () -> new AuditRecord(NOW, null, null, "GET", "/a", 200, null));
    }

    @Test
    void anEntryHasAPositiveId() {
        AuditRecord record = new AuditRecord(NOW, null, null, "GET", "/a", 401, "r");
        assertEquals(1, new AuditEntry(1, record).id());
        assertThrows(IllegalArgumentException.class, () -> new AuditEntry(0, record));
        assertThrows(NullPointerException.class, () -> new AuditEntry(1, null));
    }
}
