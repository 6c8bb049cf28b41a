package org.courseport.adapters.persistence.cluster;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * This process's lease among the nodes that share the store. Times come from the database's clock, so
 * nodes whose clocks disagree still agree on who is alive.
 */
public final class JdbiNodes {
    private final Jdbi jdbi;
    private final String nodeId;
    private final String host;
    private final Duration lease;

    /** @param lease how long after its last heartbeat a node counts as dead */
    public JdbiNodes(Jdbi jdbi, String nodeId, String host, Duration lease) {
        this.jdbi = jdbi;
        this.nodeId = nodeId;
        this.host = host;
        this.lease = lease;
    }

    public String nodeId() {
        return nodeId;
    }

    public Duration lease() {
        return lease;
    }

    /** Renews the lease, joining first if this node is not (or no longer) listed. */
    public void heartbeat() {
        jdbi.useHandle(h -> {
            int renewed = h.createUpdate("update nodes set heartbeat_at = current_timestamp where id = :id")
                    .bind("id", nodeId).execute();
            if (renewed == 0) {
                h.createUpdate("""
                                insert into nodes (id, host, started_at, heartbeat_at)
                                values (:id, :host, current_timestamp, current_timestamp)""")
                        .bind("id", nodeId).bind("host", host).execute();
            }
        });
    }

    /**
     * Fails the unfinished imports of nodes without a lease: their worker is gone, and their job would
     * otherwise read "running" for ever. Jobs that name no node (an embedding host's) are not the nodes'
     * to judge. Returns how many it failed.
     */
    public int failImportsOfLostNodes() {
        return jdbi.withHandle(h -> h.createUpdate("""
                        update import_jobs
                        set state = 'failed', failure_kind = 'internal-error', updated_at = current_timestamp,
                            failure_message = 'the server running this import stopped before it finished; '
                                || 'the course is as it was before it; import again'
                        where state in ('queued', 'running')
                          and node_id is not null and node_id not in (select id from nodes where heartbeat_at >= :cutoff)""")
                .bind("cutoff", cutoff(h)).execute());
    }

    /** Forgets nodes whose lease ran out long ago (ten leases), so the table stays small. */
    public int forgetLongDead() {
        return jdbi.withHandle(h -> h.createUpdate("delete from nodes where heartbeat_at < :cutoff")
                .bind("cutoff", now(h).minus(lease.multipliedBy(10))).execute());
    }

    /** Leaves the cluster at an orderly stop. */
    public void leave() {
        jdbi.useHandle(h -> h.createUpdate("delete from nodes where id = :id").bind("id", nodeId).execute());
    }

    /** Heartbeats older than this are of dead nodes. */
    private OffsetDateTime cutoff(Handle handle) {
        return now(handle).minus(lease);
    }

    private static OffsetDateTime now(Handle handle) {
        return handle.createQuery("select current_timestamp").mapTo(OffsetDateTime.class).one();
    }
}
