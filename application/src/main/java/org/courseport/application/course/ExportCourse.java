package org.courseport.application.course;

import java.util.OptionalInt;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseKey;

/** A version of a course (the current one unless asked), ready to stream as an archive. */
public interface ExportCourse {
    CourseExport export(Caller caller, CourseKey key, OptionalInt version);
}
