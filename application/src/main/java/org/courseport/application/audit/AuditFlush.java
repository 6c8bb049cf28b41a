package org.courseport.application.audit;

/** What one flush of the queued refusals did: how many it wrote, and how many were dropped since the last flush. */
public record AuditFlush(int written, long dropped) {
}
