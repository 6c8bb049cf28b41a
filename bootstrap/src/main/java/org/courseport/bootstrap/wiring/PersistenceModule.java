package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import org.courseport.adapters.persistence.cluster.JdbiNodes;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.adapters.persistence.embedding.JdbiStores;
import org.courseport.adapters.persistence.limit.JdbiRateCounters;
import org.courseport.application.embedding.CourseportStores;
import org.courseport.application.limit.InProcessRateCounters;
import org.courseport.domain.limit.RateCounters;

/** The stores, on H2 or PostgreSQL as the settings say: the same {@link JdbiStores} an embedding host gets. */
public final class PersistenceModule extends AbstractModule {
    private final DatabaseSettings settings;

    public PersistenceModule(DatabaseSettings settings) {
        this.settings = settings;
    }

    @Provides
    @Singleton
    Database database() {
        return Database.open(settings);
    }

    /** Shared through the database on PostgreSQL, whose nodes serve one set of callers; in this process on the embedded store. */
    @Provides
    @Singleton
    RateCounters rateCounters(Database database) {
        return settings.isPostgres() ? new JdbiRateCounters(database.jdbi()) : new InProcessRateCounters();
    }

    @Provides
    @Singleton
    CourseportStores stores(Database database, Clock clock, JdbiNodes nodes) {
        return JdbiStores.on(database.jdbi(), clock, nodes.nodeId());
    }
}
