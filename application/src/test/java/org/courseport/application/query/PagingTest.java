package org.courseport.application.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void aMiddlePageLinksBothWays() {
        assertEquals(new Paging(0, OptionalLong.of(0), OptionalLong.of(4), 8), Paging.of(2, 2, 9));
        assertEquals(new Paging(0, OptionalLong.of(1), OptionalLong.of(5), 8), Paging.of(3, 2, 9), "unaligned offsets step by the limit");
    }

    @Test
    void theFirstAndLastPagesHaveNoPrevOrNext() {
        assertEquals(new Paging(0, OptionalLong.empty(), OptionalLong.of(3), 6), Paging.of(0, 3, 7));
        assertEquals(new Paging(0, OptionalLong.of(3), OptionalLong.empty(), 6), Paging.of(6, 3, 7));
        assertEquals(new Paging(0, OptionalLong.of(0), OptionalLong.empty(), 3), Paging.of(3, 3, 6));
    }

    @Test
    void anOffsetPastTheTotalLinksBackToTheLastPageNotFurther() {
        assertEquals(new Paging(0, OptionalLong.of(2), OptionalLong.empty(), 2), Paging.of(100, 2, 3));
        assertEquals(new Paging(0, OptionalLong.of(0), OptionalLong.empty(), 0), Paging.of(5, 2, 0));
    }

    @Test
    void hugeOffsetsAndLimitsNeverOverflow() {
        int max = Integer.MAX_VALUE;
        assertEquals(new Paging(0, OptionalLong.of(0), OptionalLong.empty(), 0), Paging.of(max, max, 3));
        assertEquals(new Paging(0, OptionalLong.empty(), OptionalLong.empty(), 0), Paging.of(0, Long.MAX_VALUE, 5));
        assertEquals(new Paging(0, OptionalLong.of(0), OptionalLong.empty(), 0), Paging.of(Long.MAX_VALUE, Long.MAX_VALUE, 5));
        assertEquals(new Paging(0, OptionalLong.of(4), OptionalLong.empty(), 4), Paging.of(Long.MAX_VALUE, 1, 5));
        assertEquals(new Paging(0, OptionalLong.empty(), OptionalLong.of(Long.MAX_VALUE - 1), Long.MAX_VALUE - 1),
                Paging.of(0, Long.MAX_VALUE - 1, Long.MAX_VALUE));
    }

    @Test
    void aZeroLimitOffersOnlyFirstAndLast() {
        assertEquals(new Paging(0, OptionalLong.empty(), OptionalLong.empty(), 0), Paging.of(4, 0, 10));
    }

    @Test
    void negativesAreABug() {
        assertThrows(IllegalArgumentException.class, () -> Paging.of(-1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Paging.of(0, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> Paging.of(0, 1, -1));
    }
}
