package org.courseport.adapters.persistence.blob;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.BlobReferences;
import org.jdbi.v3.core.Jdbi;

/**
 * The references to blobs kept in the database, whichever store holds the blobs themselves.
 *
 * <p>A table names a blob by a column called {@code blob_id} or {@code blob_sha} (null where a row names
 * none, as a starter folder); every such column in the schema is consulted, so a new table that follows
 * the convention is honoured without a change here.
 */
public final class JdbiBlobReferences implements BlobReferences {
    private final Jdbi jdbi;

    public JdbiBlobReferences(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Set<BlobId> named() {
        String union = columns().stream().map(column -> "select " + column.name() + " as blob from " + column.table()
                        + " where " + column.name() + " is not null")
                .collect(Collectors.joining(" union "));
        return jdbi.withHandle(h -> h.createQuery(union).mapTo(String.class)
                .collect(Collectors.mapping(BlobId::new, Collectors.toCollection(HashSet::new))));
    }

    @Override
    public Optional<Instant> oldestUnfinishedImport() {
        return jdbi.withHandle(h -> h.createQuery("select min(created_at) from import_jobs where state in ('queued', 'running')")
                .mapTo(OffsetDateTime.class).findOne().map(OffsetDateTime::toInstant));
    }

    private record Column(String table, String name) {
    }

    private List<Column> columns() {
        List<Column> columns = jdbi.withHandle(h -> h.createQuery("""
                        select table_name, column_name from information_schema.columns
                        where table_schema = current_schema and column_name in ('blob_id', 'blob_sha')
                        order by table_name, column_name""")
                .map((rs, ctx) -> new Column(rs.getString("table_name"), rs.getString("column_name"))).list());
        if (columns.isEmpty()) {
            // A schema this code does not know: better to keep every blob than to remove them all.
            throw new IllegalStateException("no column names blobs; refusing to collect garbage");
        }
        return columns;
    }
}
