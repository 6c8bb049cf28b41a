package org.courseport.domain.audit;

import java.time.Duration;
import java.time.Instant;

/** How long audit entries are kept: whole days, at least one, so a misread setting cannot empty the audit. */
public record AuditRetention(int days) {
    public static final int DEFAULT_DAYS = 90;

    public AuditRetention {
        if (days < 1) {
            throw new IllegalArgumentException("audit entries are kept at least 1 day, not " + days);
        }
    }

    /** Entries written before this instant are past keeping. */
    public Instant cutoff(Instant now) {
        return now.minus(Duration.ofDays(days));
    }
}
