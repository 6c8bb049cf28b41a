package org.courseport.application.roster;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.roster.Section;
import org.courseport.domain.roster.SectionName;

/** Adds a section to a course. */
public interface CreateSection {
    Section create(Caller caller, CourseId course, SectionName name);
}
