package org.courseport.application.audit;

import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.audit.AuditEntry;
import org.courseport.domain.audit.TimeRange;
import org.courseport.domain.auth.Caller;

/** Lists audit entries matching a collection request within a time range: for admins only. */
public interface ListAudit {
    Page<AuditEntry> list(Caller caller, CollectionRequest request, TimeRange range);
}
