package org.courseport.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.courseport.domain.limit.RateCounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link RateCounters} keeps: one count per key and window, added to atomically. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RateCountersContract {
    protected abstract RateCounters counters();

    private final String key = "read:token:" + UUID.randomUUID();

    @Test
    void addsUpPerKeyAndWindow() {
        assertEquals(3, counters().add(key, 60_000, 3));
        assertEquals(5, counters().add(key, 60_000, 2));
        assertEquals(5, counters().add(key, 60_000, 0));
        assertEquals(1, counters().add(key, 120_000, 1));
        assertEquals(1, counters().add(key + "x", 60_000, 1));
        assertEquals(0, counters().add(key + "y", 60_000, 0));
    }

    @Test
    void forgetsOnlyWindowsBeforeTheGivenStart() {
        counters().add(key, 1_000, 4);
        counters().add(key, 2_000, 7);

        counters().forgetBefore(2_000);

        assertEquals(0, counters().add(key, 1_000, 0));
        assertEquals(7, counters().add(key, 2_000, 0));
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> counters().add(key, 0, -1));
    }

    @Test
    void concurrentAddsLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> adds = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                adds.add(() -> counters().add(key, 9_000, 1));
            }
            for (Future<Long> done : pool.invokeAll(adds)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(40, counters().add(key, 9_000, 0));
    }
}
