package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.courseport.adapters.archive.olx.OlxCourseOutlineReader;
import org.courseport.adapters.archive.tar.TarGzCourseArchiveReader;
import org.courseport.adapters.archive.tar.TarGzCourseArchiveWriter;
import org.courseport.adapters.persistence.cluster.JdbiNodes;
import org.courseport.adapters.persistence.course.JdbiCourseStore;
import org.courseport.adapters.persistence.course.JdbiImportJobStore;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.rest.course.CourseUploads;
import org.courseport.adapters.rest.course.CoursesResource;
import org.courseport.adapters.rest.course.ImportResource;
import org.courseport.application.course.CourseService;
import org.courseport.application.course.ImportCourseService;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.course.ArchiveLimits;
import org.courseport.domain.course.CourseStore;
import org.courseport.domain.course.ImportJobStore;

/** Course import and export: archive adapters, stores, use cases, routes and the import workers. */
public final class CourseModule extends AbstractModule {
    private final Path dataDirectory;
    private final ArchiveLimits limits;
    private final int workers;

    public CourseModule(Path dataDirectory, ArchiveLimits limits, int workers) {
        this.dataDirectory = dataDirectory;
        this.limits = limits;
        this.workers = workers;
    }

    @Provides
    @Singleton
    CourseStore courses(Database database) {
        return new JdbiCourseStore(database.jdbi());
    }

    @Provides
    @Singleton
    ImportJobStore jobs(Database database, JdbiNodes nodes) {
        return new JdbiImportJobStore(database.jdbi(), nodes.nodeId());
    }

    @Provides
    @Singleton
    ImportWorkers importWorkers() {
        return new ImportWorkers(workers);
    }

    @Provides
    @Singleton
    ImportCourseService imports(BlobStore blobs, CourseStore courses, ImportJobStore jobs, ImportWorkers workers, Clock clock) {
        return new ImportCourseService(new TarGzCourseArchiveReader(blobs, workers.blobWriters()), new OlxCourseOutlineReader(blobs), courses,
                jobs, limits, workers.executor(), clock);
    }

    @Provides
    @Singleton
    CourseService courseService(BlobStore blobs, CourseStore courses) {
        return new CourseService(courses, new TarGzCourseArchiveWriter(blobs));
    }

    @ProvidesIntoSet
    @RestResources
    Object importResource(ImportCourseService imports) {
        return new ImportResource(imports, imports);
    }

    @ProvidesIntoSet
    @RestResources
    Object coursesResource(CourseService courses) {
        return new CoursesResource(courses, courses, courses, courses);
    }

    /** Multipart uploads are spooled inside the data directory, never the system's temporary directory. */
    @ProvidesIntoSet
    @RestResources
    Object uploads() {
        Path spool = dataDirectory.resolve("uploads");
        try {
            Files.createDirectories(spool);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + spool, e);
        }
        return new CourseUploads(spool, limits.maxArchiveBytes());
    }
}
