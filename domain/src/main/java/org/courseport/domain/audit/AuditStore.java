package org.courseport.domain.audit;

import java.time.Instant;
import java.util.List;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Listing;

/** The audit log: appended to, listed, and trimmed of what is past keeping; entries are never changed. */
public interface AuditStore {

    /** Keeps the records, in the order given, as one write: all of them or, on failure, none. */
    void append(List<AuditRecord> records);

    /** The entries matching {@code query} whose time lies in {@code range}. */
    Listing<AuditEntry> list(CollectionQuery query, TimeRange range);

    /** Removes the entries written before {@code cutoff}; returns how many. */
    long deleteBefore(Instant cutoff);
}
