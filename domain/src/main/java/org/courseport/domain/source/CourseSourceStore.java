package org.courseport.domain.source;

import java.util.List;
import java.util.Optional;
import java.util.Optional;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.ImportJobId;

/**
 * Where course sources are kept, with their secrets and credentials encrypted, and the import each
 * source has waiting, so that pushes arriving at any node fold into it.
 */
public interface CourseSourceStore {

    /** A second source for one course is a {@code Conflict}. */
    CourseSource create(NewCourseSource source);

    Optional<CourseSource> find(CourseSourceId id);

    /** Every source, by id. */
    List<CourseSource> list();

    /** Replaces branch, path, credential and secret. */
    void update(CourseSource source);

    boolean delete(CourseSourceId id);

    /**
     * In one transaction: a delivery id seen before answers the job it got then; else the source's
     * waiting import, if it is still queued, takes this push too; else {@code candidate} is created as
     * the waiting import. A delivery is noted as the source's last; a sync has none.
     */
    QueuedImport queueImport(CourseSourceId id, Optional<Delivery> delivery, ImportJob candidate);

    /** The job leaves the waiting place as it starts, so that pushes from now on queue the next one. */
    void started(CourseSourceId id, ImportJobId job);

    /** Notes a delivery that queued nothing (a ping, a push to another branch). */
    void noteDelivery(CourseSourceId id, Delivery delivery);
}
