package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import org.courseport.adapters.persistence.cluster.JdbiNodes;
import org.courseport.adapters.persistence.database.Database;

/** This process as one node among those sharing the store: a new id each start, and its lease. */
public final class ClusterModule extends AbstractModule {
    private final Duration lease;

    public ClusterModule(Duration lease) {
        this.lease = lease;
    }

    @Provides
    @Singleton
    JdbiNodes nodes(Database database) {
        return new JdbiNodes(database.jdbi(), UUID.randomUUID().toString(), hostName(), lease);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
