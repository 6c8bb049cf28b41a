package org.courseport.bootstrap.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.util.function.Function;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.bootstrap.config.StoreOptions;
import org.courseport.domain.course.ArchiveLimits;
import org.courseport.bootstrap.wiring.ApplicationModule;
import org.courseport.bootstrap.wiring.BlobModule;
import org.courseport.bootstrap.wiring.CourseModule;
import org.courseport.bootstrap.wiring.PersistenceModule;

/** The operator's commands run the use cases against the store directly, without a server. */
final class StoreCommands {

    private StoreCommands() {
    }

    static <T> T withUseCases(StoreOptions store, Function<Injector, T> work) {
        // The import workers' threads start only when an import runs, which these commands never do.
        Injector injector = Guice.createInjector(new PersistenceModule(store.database()), new ApplicationModule(),
                new BlobModule(store.dataDirectory(), store.database()), new CourseModule(ArchiveLimits.DEFAULTS, 1));
        try {
            return work.apply(injector);
        } finally {
            injector.getInstance(Database.class).close();
        }
    }
}
