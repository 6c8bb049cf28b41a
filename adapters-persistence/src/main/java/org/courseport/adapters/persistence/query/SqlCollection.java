package org.courseport.adapters.persistence.query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.FieldType;
import org.courseport.domain.query.Filter;
import org.courseport.domain.query.Listing;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Runs a validated {@link CollectionQuery} against one table or view. Column names come only from the
 * map given here, never from the request; every value is a bound parameter.
 */
public final class SqlCollection<T> {
    /** Rows fetched per round trip while streaming, so PostgreSQL does not buffer the whole result. */
    private static final int FETCH_SIZE = 500;

    private final Jdbi jdbi;
    private final String select;
    private final String from;
    private final Map<String, String> columns;
    private final RowMapper<T> mapper;

    /**
     * @param select  the select list, e.g. {@code "u.*"}
     * @param from    the from clause with any fixed condition, e.g. {@code "users u"}; filters are and-ed to it
     * @param columns each filterable or sortable field's SQL expression; must include {@code id}
     */
    public SqlCollection(Jdbi jdbi, String select, String from, Map<String, String> columns, RowMapper<T> mapper) {
        if (!columns.containsKey("id")) {
            throw new IllegalArgumentException("an id column is needed for a stable order");
        }
        this.jdbi = jdbi;
        this.select = select;
        this.from = from;
        this.columns = Map.copyOf(columns);
        this.mapper = mapper;
    }

    public Listing<T> list(CollectionQuery query) {
        return list(query, Map.of(), "");
    }

    /**
     * @param fixed     parameters of a fixed condition, such as the assignment a group list belongs to
     * @param condition that condition, starting with {@code " and "}, or empty
     */
    public Listing<T> list(CollectionQuery query, Map<String, Object> fixed, String condition) {
        Map<String, Object> params = new HashMap<>(fixed);
        String where = " where 1 = 1" + condition + filters(query.filters(), params);
        OptionalLong total = query.limit().isPresent() ? OptionalLong.of(count(where, params)) : OptionalLong.empty();
        String sql = "select " + select + " from " + from + where + order(query)
                + " offset " + query.offset() + " rows"
                + (query.limit().isPresent() ? " fetch first " + query.limit().getAsLong() + " rows only" : "");
        return new Listing<>(total, sink -> jdbi.useTransaction(handle -> handle.createQuery(sql)
                .bindMap(params)
                .setFetchSize(FETCH_SIZE)
                .map(mapper)
                .useStream(rows -> rows.forEach(sink))));
    }

    private long count(String where, Map<String, Object> params) {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from " + from + where)
                .bindMap(params).mapTo(Long.class).one());
    }

    private String filters(List<Filter> filters, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        int n = 0;
        for (Filter filter : filters) {
            String column = column(filter.field().name());
            String param = "f" + n++;
            if (filter.field().type() == FieldType.TEXT) {
                sql.append(" and lower(").append(column).append(") = lower(:").append(param).append(')');
            } else {
                sql.append(" and ").append(column).append(" = :").append(param);
            }
            params.put(param, filter.value() instanceof Instant instant
                    ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : filter.value());
        }
        return sql.toString();
    }

    private String order(CollectionQuery query) {
        List<String> keys = new ArrayList<>();
        String direction = query.sort().descending() ? " desc" : " asc";
        keys.add(column(query.sort().field().name()) + direction);
        if (!query.sort().field().name().equals("id")) {
            keys.add(column("id") + direction);
        }
        return " order by " + String.join(", ", keys);
    }

    private String column(String field) {
        String column = columns.get(field);
        if (column == null) {
            throw new IllegalStateException("no column mapped for field " + field);
        }
        return column;
    }
}
