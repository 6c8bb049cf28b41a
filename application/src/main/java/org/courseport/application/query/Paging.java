package org.courseport.application.query;

import java.util.OptionalLong;

/**
 * The offsets a page links to: the first and last pages, and the previous and next where they exist.
 * Each lies within the collection ({@code 0..total-1}, or 0 when it is empty) and none is computed by
 * a sum that could overflow, however large the offset and limit asked for.
 */
public record Paging(long first, OptionalLong prev, OptionalLong next, long last) {

    public static Paging of(long offset, long limit, long total) {
        if (offset < 0 || limit < 0 || total < 0) {
            throw new IllegalArgumentException("negative offset, limit or total");
        }
        long last = limit == 0 || total == 0 ? 0 : (total - 1) / limit * limit;
        OptionalLong prev = limit > 0 && offset > 0
                ? OptionalLong.of(Math.min(Math.max(0, offset - limit), last)) : OptionalLong.empty();
        // offset < total - limit is offset + limit < total without the sum that could overflow
        OptionalLong next = limit > 0 && offset < total - limit ? OptionalLong.of(offset + limit) : OptionalLong.empty();
        return new Paging(0, prev, next, last);
    }
}
