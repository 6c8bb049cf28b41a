package org.courseport.bootstrap.server;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.courseport.adapters.persistence.cluster.JdbiNodes;
import org.courseport.application.blob.CollectGarbage;
import org.courseport.application.blob.GarbageCollection;
import org.courseport.application.blob.GarbageReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's lease and looks after the nodes that lost theirs: renews the lease a few times
 * per lease period, fails the imports that dead nodes left running, and now and then collects the blobs
 * nothing names any more (with blobs in the database every node does it, which is harmless).
 */
final class NodeMaintenance implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeMaintenance.class);
    private static final int BEATS_PER_LEASE = 4;
    private static final int BEATS_PER_COLLECTION = 100;

    private final JdbiNodes nodes;
    private final CollectGarbage garbage;
    private final ScheduledExecutorService timer;
    private int beats;

    private NodeMaintenance(JdbiNodes nodes, CollectGarbage garbage) {
        this.nodes = nodes;
        this.garbage = garbage;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "node-maintenance");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Joins at once, so this node holds a lease before it takes any import. */
    static NodeMaintenance start(JdbiNodes nodes, CollectGarbage garbage) {
        nodes.heartbeat();
        NodeMaintenance maintenance = new NodeMaintenance(nodes, garbage);
        long period = Math.max(1, nodes.lease().toMillis() / BEATS_PER_LEASE);
        maintenance.timer.scheduleWithFixedDelay(maintenance::beat, period, period, TimeUnit.MILLISECONDS);
        LOG.info("joined as node {} with a lease of {}", nodes.nodeId(), nodes.lease());
        return maintenance;
    }

    private void beat() {
        try {
            nodes.heartbeat();
            int failed = nodes.failImportsOfLostNodes();
            if (failed > 0) {
                LOG.warn("failed {} import(s) left unfinished by a node that stopped", failed);
            }
            nodes.forgetLongDead();
            if (++beats % BEATS_PER_COLLECTION == 0) {
                collectGarbage();
            }
        } catch (IOException | RuntimeException e) {
            // The next beat tries again; a database that stays away ends the lease, as it should.
            LOG.warn("node maintenance failed: {}", e.toString());
        }
    }

    private void collectGarbage() throws IOException {
        GarbageReport removed = garbage.collect(GarbageCollection.routine());
        if (removed.freedAnything()) {
            LOG.info("removed {} blob(s) nothing names ({} bytes) and {} abandoned write(s)", removed.blobs(),
                    removed.bytes(), removed.abandonedWrites());
        }
    }

    /** Stops renewing and leaves; call after this node's imports have finished. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
            nodes.leave();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("could not leave the node table: {}", e.toString());
        }
    }
}
