package org.courseport.application.marking;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.grading.AssignmentId;

/** The grades of every student of an assignment, row by row, as MarkUs's grades summary gives them. */
public interface ReadGradesSummary {
    /** Checks the caller and reads the criteria now; the rows are read when {@link GradesSummary#rows} runs. */
    GradesSummary gradesSummary(Caller caller, CourseId course, AssignmentId assignment);
}
