package org.courseport.adapters.persistence.blob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class BufferPoolTest {
    @Test
    void givesAtMostItsCountOfBuffersAndReusesThoseGivenBack() {
        BufferPool pool = new BufferPool(16, 2);
        byte[] first = pool.take();
        byte[] second = pool.take();
        assertNotNull(second);
        assertEquals(16, first.length);
        assertNull(pool.take(), "all are taken");

        pool.give(first);

        assertSame(first, pool.take());
        assertNull(pool.take());
    }
}
