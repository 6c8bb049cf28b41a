package org.courseport.application.limit;

import java.util.concurrent.ConcurrentHashMap;
import org.courseport.domain.limit.RateCounters;

/** Counts kept in this process: for a single node, such as one on the embedded store. */
public final class InProcessRateCounters implements RateCounters {
    private record Window(String key, long start) {
    }

    private final ConcurrentHashMap<Window, Long> counts = new ConcurrentHashMap<>();

    @Override
    public long add(String key, long windowStart, long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("counts only grow");
        }
        return counts.merge(new Window(key, windowStart), amount, Long::sum);
    }

    @Override
    public void forgetBefore(long windowStart) {
        counts.keySet().removeIf(window -> window.start() < windowStart);
    }
}
