package org.courseport.bootstrap.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.time.Duration;
import java.util.function.Function;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.application.embedding.Courseport;
import org.courseport.bootstrap.config.StoreOptions;
import org.courseport.bootstrap.server.DataDirectory;
import org.courseport.domain.course.ArchiveLimits;
import org.courseport.bootstrap.wiring.ApplicationModule;
import org.courseport.bootstrap.wiring.BlobModule;
import org.courseport.bootstrap.wiring.ClusterModule;
import org.courseport.bootstrap.wiring.CourseModule;
import org.courseport.bootstrap.wiring.PersistenceModule;

/** The operator's commands run the use cases against the store directly, without a server. */
final class StoreCommands {

    private StoreCommands() {
    }

    static <T> T withUseCases(StoreOptions store, Function<Courseport, T> work) {
        if (store.database().isPostgres()) {
            return withStore(store, work);
        }
        // The embedded store takes one process at a time: with a server running, this refuses, naming it.
        DataDirectory data = DataDirectory.open(store.dataDirectory());
        try {
            return withStore(store, work);
        } finally {
            data.close();
        }
    }

    private static <T> T withStore(StoreOptions store, Function<Courseport, T> work) {
        // The whole use-case wiring, as serve has it. These commands import nothing and join no cluster:
        // no import worker thread starts and the node lease is never taken.
        Injector injector = Guice.createInjector(new PersistenceModule(store.database()), new ApplicationModule(),
                new BlobModule(store.dataDirectory(), store.database()), new CourseModule(ArchiveLimits.DEFAULTS, 1),
                new ClusterModule(Duration.ofSeconds(30)));
        try {
            return work.apply(injector.getInstance(Courseport.class));
        } finally {
            injector.getInstance(Database.class).close();
        }
    }
}
