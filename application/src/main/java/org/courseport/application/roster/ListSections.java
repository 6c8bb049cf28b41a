package org.courseport.application.roster;

import java.util.List;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.roster.Section;

/** The sections of a course. */
public interface ListSections {
    List<Section> sections(Caller caller, CourseId course);
}
