package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.courseport.application.embedding.Courseport;
import org.courseport.application.embedding.CourseportArchives;
import org.courseport.application.embedding.CourseportStores;
import org.courseport.domain.blob.CollectableBlobStore;
import org.courseport.domain.course.ArchiveLimits;
import org.courseport.domain.limit.RateCounters;

/**
 * The use cases: {@link Courseport} built from the stores, exactly as an embedding host builds it by
 * hand. The facade is the one assembly of the services; Guice only hands it the ports it needs, and
 * whoever needs a use case asks the facade for it.
 */
public final class ApplicationModule extends AbstractModule {
    private final Duration tokenCache;
    private final LimitsAndAudit limitsAndAudit;

    /** For the commands that run one use case and exit: no cache of callers. */
    public ApplicationModule() {
        this(Duration.ZERO);
    }

    /** @param tokenCache how long an authenticated token is trusted without asking the store again */
    public ApplicationModule(Duration tokenCache) {
        this(tokenCache, LimitsAndAudit.DEFAULTS);
    }

    /** For the server: with its rate limits and audit retention. */
    public ApplicationModule(Duration tokenCache, LimitsAndAudit limitsAndAudit) {
        this.tokenCache = tokenCache;
        this.limitsAndAudit = limitsAndAudit;
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), GitPorts.class);
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    Courseport courseport(CourseportStores stores, CollectableBlobStore blobs, CourseportArchives archives, ArchiveLimits limits,
                          ImportWorkers workers, Clock clock, Optional<GitPorts> git, RateCounters rateCounters) {
        Courseport.Builder courseport = Courseport.builder().stores(stores).blobs(blobs).archives(archives)
                .archiveLimits(limits).importExecutor(workers.executor()).tokenCache(tokenCache).clock(clock)
                .random(new SecureRandom()).rateLimits(limitsAndAudit.rateLimits()).rateCounters(rateCounters)
                .auditRetention(limitsAndAudit.auditRetention());
        git.ifPresent(ports -> courseport.gitSources(ports.store(), ports.fetcher(), ports.settings()));
        return courseport.build();
    }
}
