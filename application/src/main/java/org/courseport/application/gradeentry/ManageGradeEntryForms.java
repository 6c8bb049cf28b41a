package org.courseport.application.gradeentry;

import java.util.List;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.gradeentry.GradeEntryForm;
import org.courseport.domain.gradeentry.GradeEntryFormChanges;
import org.courseport.domain.roster.CourseAccess;

/**
 * A course's marks spreadsheets (MarkUs's grade entry forms) and their grades. As in MarkUs, only the
 * course's instructors (and admins) use these routes; its TAs and students may not.
 */
public interface ManageGradeEntryForms {
    /** Stores a new form of the course ({@code draft}'s id is 0); its short identifier must be free there. */
    GradeEntryForm create(Caller caller, GradeEntryForm draft);

    List<GradeEntryForm> forms(Caller caller, CourseId course);

    GradeEntryForm form(Caller caller, GradeEntryFormRef form);

    GradeEntryForm update(Caller caller, GradeEntryFormRef form, GradeEntryFormChanges changes);

    /**
     * Sets one student's grades, all or none: an unknown student or item, or a grade its item does not
     * take, refuses the whole update. Setting the same grades again is harmless (MarkUs's client may retry).
     */
    void updateGrades(Caller caller, GradeEntryFormRef form, GradeUpdate update);

    /** The form and its student rows, streamed when read. */
    GradeEntrySheet sheet(Caller caller, GradeEntryFormRef form);

    /**
     * The spreadsheets MarkUs lists among a course's assignments, for a caller already let in to see them:
     * all of them, but a student sees only those not hidden.
     */
    List<GradeEntryForm> listedWithAssignments(CourseAccess access);
}
