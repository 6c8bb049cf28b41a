package org.courseport.application.roster;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.roster.CourseInfo;
import org.courseport.domain.roster.NewCourse;

/** Makes a course through MarkUs's route (admin): a course with no OLX yet. */
public interface CreateCourse {
    CourseInfo create(Caller caller, NewCourse course);
}
