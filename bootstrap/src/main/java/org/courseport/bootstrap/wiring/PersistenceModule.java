package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.courseport.adapters.persistence.auth.JdbiTokenStore;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.adapters.persistence.user.JdbiUserStore;
import org.courseport.domain.auth.TokenStore;
import org.courseport.domain.user.UserStore;

/** The stores, on H2 or PostgreSQL as the settings say. */
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

    @Provides
    @Singleton
    UserStore users(Database database) {
        return new JdbiUserStore(database.jdbi());
    }

    @Provides
    @Singleton
    TokenStore tokens(Database database) {
        return new JdbiTokenStore(database.jdbi());
    }
}
