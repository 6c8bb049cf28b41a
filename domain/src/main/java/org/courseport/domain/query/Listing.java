package org.courseport.domain.query;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;

/** One page of a collection: its rows, streamed, and, when a limit was asked for, the count of all matching rows. */
public record Listing<T>(OptionalLong total, RowSource<T> rows) {
    public Listing {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(rows, "rows");
    }

    public <R> Listing<R> map(Function<? super T, ? extends R> mapper) {
        RowSource<T> source = rows;
        return new Listing<>(total, sink -> source.forEach(row -> sink.accept(mapper.apply(row))));
    }
}
