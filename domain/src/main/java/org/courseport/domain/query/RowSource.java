package org.courseport.domain.query;

import java.util.function.Consumer;

/**
 * Rows handed over one at a time, so a long collection never sits in memory whole. Each call reads
 * the rows afresh and releases what it held before it returns.
 */
@FunctionalInterface
public interface RowSource<T> {
    void forEach(Consumer<? super T> sink);
}
