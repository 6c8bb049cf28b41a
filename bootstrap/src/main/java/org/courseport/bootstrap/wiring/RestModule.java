package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.nio.file.Path;
import org.courseport.adapters.rest.health.HealthResource;
import org.courseport.adapters.rest.server.CourseportFeature;
import org.courseport.application.embedding.Courseport;

/**
 * The REST adapter: every API route built from {@link Courseport} by {@link CourseportFeature}, as a
 * host mounting it gets them, plus the standalone server's own health check.
 */
public final class RestModule extends AbstractModule {
    private final Path uploadSpool;
    private final long maxSubmissionFileBytes;

    /** Multipart uploads are spooled in {@code uploadSpool}, a folder of the data directory, never the system's temporary directory. */
    public RestModule(Path uploadSpool, long maxSubmissionFileBytes) {
        this.uploadSpool = uploadSpool;
        this.maxSubmissionFileBytes = maxSubmissionFileBytes;
    }

    @Provides
    @Singleton
    CourseportFeature feature(Courseport courseport) {
        return CourseportFeature.of(courseport).uploadSpool(uploadSpool).maxSubmissionFileBytes(maxSubmissionFileBytes)
                .resource(new HealthResource()).build();
    }
}
