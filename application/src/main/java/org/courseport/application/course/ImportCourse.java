package org.courseport.application.course;

import java.io.InputStream;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.ImportJob;

/**
 * Imports a course archive as the course's next version (admin only). Returns once the archive has
 * been read to its end, with the job as it then is; with {@code wait}, once the job is done. A job that
 * failed while the caller waited is thrown as the domain failure it was.
 */
public interface ImportCourse {
    ImportJob importCourse(Caller caller, CourseKey key, InputStream archive, boolean wait);
}
