package org.courseport.domain.audit;

import java.util.Objects;

/** A kept {@link AuditRecord} with its id, which grows in the order entries were written. */
public record AuditEntry(long id, AuditRecord record) {
    public AuditEntry {
        Objects.requireNonNull(record, "record");
        if (id < 1) {
            throw new IllegalArgumentException("an audit entry id is positive");
        }
    }
}
