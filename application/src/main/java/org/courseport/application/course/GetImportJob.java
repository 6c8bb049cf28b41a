package org.courseport.application.course;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.ImportJobId;

/** One import job, or {@code NotFound}. */
public interface GetImportJob {
    ImportJob get(Caller caller, ImportJobId id);
}
