package org.courseport.domain.course;

import java.util.Optional;

/** Where import jobs are kept, so any process behind the load balancer can answer for them. */
public interface ImportJobStore {

    void create(ImportJob job);

    /** Replaces the job's state, progress, outcome and warnings. */
    void update(ImportJob job);

    Optional<ImportJob> find(ImportJobId id);
}
