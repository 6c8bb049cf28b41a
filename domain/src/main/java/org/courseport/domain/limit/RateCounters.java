package org.courseport.domain.limit;

/**
 * Request counts per key and window, shared by every node that limits the same callers (on
 * PostgreSQL, a table), so that a caller's allowance is one allowance however many nodes serve it.
 */
public interface RateCounters {

    /** Adds {@code amount} (0 only reads) to the key's count in the window starting at {@code windowStart} (epoch ms); returns the count after. */
    long add(String key, long windowStart, long amount);

    /** Forgets the counts of windows that started before {@code windowStart}. */
    void forgetBefore(long windowStart);
}
