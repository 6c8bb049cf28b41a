package org.courseport.application.gradeentry;

import java.util.Objects;
import org.courseport.domain.gradeentry.GradeEntryForm;
import org.courseport.domain.gradeentry.StudentGrades;
import org.courseport.domain.query.RowSource;

/** A marks spreadsheet for export: the form, and its student rows read when the export is written. */
public record GradeEntrySheet(GradeEntryForm form, RowSource<StudentGrades> students) {
    public GradeEntrySheet {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(students, "students");
    }
}
