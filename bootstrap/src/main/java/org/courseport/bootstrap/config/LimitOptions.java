package org.courseport.bootstrap.config;

import org.courseport.bootstrap.wiring.LimitsAndAudit;
import org.courseport.domain.audit.AuditRetention;
import org.courseport.domain.limit.RateLimit;
import org.courseport.domain.limit.RateLimits;
import picocli.CommandLine.Option;

/** Rate limits and the audit's retention. */
public final class LimitOptions {

    @Option(names = "--rate-limit-read", defaultValue = "6000/1m",
            description = "Reads (GET, HEAD) one token may make per window, written REQUESTS/WINDOW with the window "
                    + "in s, m or h; more are a 429 with Retry-After (${DEFAULT-VALUE}).")
    String read;

    @Option(names = "--rate-limit-write", defaultValue = "1200/1m",
            description = "Writes (any other method) one token may make per window (${DEFAULT-VALUE}).")
    String write;

    @Option(names = "--rate-limit-anonymous", defaultValue = "300/1m",
            description = "Requests that fail to authenticate one client address may make per window (${DEFAULT-VALUE}).")
    String anonymous;

    @Option(names = "--audit-retention-days", defaultValue = "" + AuditRetention.DEFAULT_DAYS,
            description = "Days the audit log keeps an entry (${DEFAULT-VALUE}).")
    int auditRetentionDays;

    public LimitsAndAudit settings() {
        return new LimitsAndAudit(new RateLimits(RateLimit.parse(read), RateLimit.parse(write), RateLimit.parse(anonymous)),
                new AuditRetention(auditRetentionDays));
    }
}
