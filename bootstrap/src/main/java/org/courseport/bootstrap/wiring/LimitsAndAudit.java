package org.courseport.bootstrap.wiring;

import java.util.Objects;
import org.courseport.domain.audit.AuditRetention;
import org.courseport.domain.limit.RateLimits;

/** The allowance per token and per unauthenticated address, and how long the audit keeps its entries. */
public record LimitsAndAudit(RateLimits rateLimits, AuditRetention auditRetention) {
    public static final LimitsAndAudit DEFAULTS =
            new LimitsAndAudit(RateLimits.DEFAULTS, new AuditRetention(AuditRetention.DEFAULT_DAYS));

    public LimitsAndAudit {
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(auditRetention, "auditRetention");
    }
}
