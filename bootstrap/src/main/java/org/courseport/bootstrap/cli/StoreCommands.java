package org.courseport.bootstrap.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.util.function.Function;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.bootstrap.config.StoreOptions;
import org.courseport.bootstrap.wiring.ApplicationModule;
import org.courseport.bootstrap.wiring.PersistenceModule;

/** The operator's commands run the use cases against the store directly, without a server. */
final class StoreCommands {

    private StoreCommands() {
    }

    static <T> T withUseCases(StoreOptions store, Function<Injector, T> work) {
        Injector injector = Guice.createInjector(new PersistenceModule(store.database()), new ApplicationModule());
        try {
            return work.apply(injector);
        } finally {
            injector.getInstance(Database.class).close();
        }
    }
}
