package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.courseport.adapters.archive.embedding.CommonsCompressArchives;
import org.courseport.application.embedding.CourseportArchives;
import org.courseport.domain.course.ArchiveLimits;

/** Course import and export: the archive formats, the limits, and the threads imports run on. */
public final class CourseModule extends AbstractModule {
    private final ArchiveLimits limits;
    private final int workers;

    public CourseModule(ArchiveLimits limits, int workers) {
        this.limits = limits;
        this.workers = workers;
    }

    @Override
    protected void configure() {
        bind(ArchiveLimits.class).toInstance(limits);
    }

    @Provides
    @Singleton
    CourseportArchives archives(ImportWorkers workers) {
        return new CommonsCompressArchives(workers.blobWriters(), workers.deflaters(), ImportWorkers.DEFLATERS);
    }

    @Provides
    @Singleton
    ImportWorkers importWorkers() {
        return new ImportWorkers(workers);
    }
}
