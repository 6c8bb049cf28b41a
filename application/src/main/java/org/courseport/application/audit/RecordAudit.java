package org.courseport.application.audit;

import org.courseport.domain.audit.AuditRecord;

/** Keeps one audited request. */
public interface RecordAudit {
    void record(AuditRecord record);
}
