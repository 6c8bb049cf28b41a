package org.courseport.adapters.rest.testing;

import java.util.List;
import java.util.Optional;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.ImportJobId;
import org.courseport.domain.source.CourseSource;
import org.courseport.domain.source.CourseSourceId;
import org.courseport.domain.source.CourseSourceStore;
import org.courseport.domain.source.Delivery;
import org.courseport.domain.source.NewCourseSource;
import org.courseport.domain.source.QueuedImport;

/**
 * A store that holds no course source, so that the route-table tests see the publishing routes answer
 * (404 for any id) without a git server; publishing itself is tested end to end in bootstrap.
 */
final class NoCourseSources implements CourseSourceStore {

    @Override
    public CourseSource create(NewCourseSource source) {
        throw new IllegalStateException("the route-table test server keeps no course sources");
    }

    @Override
    public Optional<CourseSource> find(CourseSourceId id) {
        return Optional.empty();
    }

    @Override
    public List<CourseSource> list() {
        return List.of();
    }

    @Override
    public void update(CourseSource source) {
        throw new IllegalStateException("there is no course source to update");
    }

    @Override
    public boolean delete(CourseSourceId id) {
        return false;
    }

    @Override
    public QueuedImport queueImport(CourseSourceId id, Optional<Delivery> delivery, ImportJob candidate) {
        throw new IllegalStateException("there is no course source to import");
    }

    @Override
    public void started(CourseSourceId id, ImportJobId job) {
        throw new IllegalStateException("there is no course source to import");
    }

    @Override
    public void noteDelivery(CourseSourceId id, Delivery delivery) {
        throw new IllegalStateException("there is no course source to deliver to");
    }
}
