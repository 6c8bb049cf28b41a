package org.courseport.adapters.persistence.limit;

import org.courseport.adapters.persistence.database.SqlErrors;
import org.courseport.domain.limit.RateCounters;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Rate-limit counts in the {@code rate_counts} table, shared by the nodes on one database. An add is an
 * update, or, for a window no node counted yet, an insert; two nodes inserting the same window at once
 * collide on the key, and the loser updates instead. Each node adds only every fraction of a second
 * (see {@code RateLimiter}), so this costs the database a few statements per key per period.
 */
public final class JdbiRateCounters implements RateCounters {
    private final Jdbi jdbi;

    public JdbiRateCounters(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long add(String key, long windowStart, long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("counts only grow");
        }
        try {
            return jdbi.inTransaction(h -> addIn(h, key, windowStart, amount));
        } catch (RuntimeException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
            return jdbi.inTransaction(h -> addIn(h, key, windowStart, amount));
        }
    }

    private static long addIn(Handle h, String key, long windowStart, long amount) {
        int updated = h.createUpdate("""
                        update rate_counts set requests = requests + :amount where rate_key = :key and window_start = :start""")
                .bind("amount", amount).bind("key", key).bind("start", windowStart).execute();
        if (updated == 0) {
            h.createUpdate("insert into rate_counts (rate_key, window_start, requests) values (:key, :start, :amount)")
                    .bind("amount", amount).bind("key", key).bind("start", windowStart).execute();
            return amount;
        }
        return h.createQuery("select requests from rate_counts where rate_key = :key and window_start = :start")
                .bind("key", key).bind("start", windowStart).mapTo(Long.class).one();
    }

    @Override
    public void forgetBefore(long windowStart) {
        jdbi.useHandle(h -> h.createUpdate("delete from rate_counts where window_start < :start")
                .bind("start", windowStart).execute());
    }
}
