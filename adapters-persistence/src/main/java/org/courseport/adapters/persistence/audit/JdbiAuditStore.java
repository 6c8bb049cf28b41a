package org.courseport.adapters.persistence.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.adapters.persistence.query.SqlCollection;
import org.courseport.domain.audit.AuditEntry;
import org.courseport.domain.audit.AuditRecord;
import org.courseport.domain.audit.AuditSchema;
import org.courseport.domain.audit.AuditStore;
import org.courseport.domain.audit.TimeRange;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Listing;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/** The audit log in the {@code audit_entries} table; the identity column gives the order of writing. */
public final class JdbiAuditStore implements AuditStore {
    private final Jdbi jdbi;
    private final SqlCollection<AuditEntry> collection;

    public JdbiAuditStore(Jdbi jdbi) {
        this.jdbi = jdbi;
        Map<String, String> columns = new LinkedHashMap<>();
        AuditSchema.SCHEMA.names().forEach(name -> columns.put(name, "a." + name));
        columns.put("at", "a.happened_at");
        this.collection = new SqlCollection<>(jdbi, "a.*", "audit_entries a", columns, JdbiAuditStore::map);
    }

    @Override
    public void append(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    insert into audit_entries (happened_at, user_name, token_name, method, route, status, request_id)
                    values (:at, :user_name, :token_name, :method, :route, :status, :request_id)""");
            for (AuditRecord r : records) {
                batch.bind("at", Timestamps.toDb(r.at()))
                        .bind("user_name", r.user())
                        .bind("token_name", r.tokenName())
                        .bind("method", r.method())
                        .bind("route", r.path())
                        .bind("status", r.status())
                        .bind("request_id", r.requestId())
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public Listing<AuditEntry> list(CollectionQuery query, TimeRange range) {
        Map<String, Object> fixed = new HashMap<>();
        StringBuilder condition = new StringBuilder();
        if (range.since() != null) {
            condition.append(" and a.happened_at >= :since");
            fixed.put("since", Timestamps.toDb(range.since()));
        }
        if (range.until() != null) {
            condition.append(" and a.happened_at < :until");
            fixed.put("until", Timestamps.toDb(range.until()));
        }
        return collection.list(query, fixed, condition.toString());
    }

    @Override
    public long deleteBefore(Instant cutoff) {
        return jdbi.withHandle(h -> h.createUpdate("delete from audit_entries where happened_at < :cutoff")
                .bind("cutoff", Timestamps.toDb(cutoff)).execute());
    }

    private static AuditEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AuditEntry(rs.getLong("id"), new AuditRecord(Timestamps.fromDb(rs, "happened_at"), rs.getString("user_name"),
                rs.getString("token_name"), rs.getString("method"), rs.getString("route"), rs.getInt("status"),
                rs.getString("request_id")));
    }
}
