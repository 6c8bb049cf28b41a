package org.courseport.domain.gradeentry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.courseport.domain.course.CourseId;

/**
 * Where marks spreadsheets, their items and their grades are kept. A short identifier taken in the course
 * is a {@code Conflict}, as is an item name taken in the form.
 */
public interface GradeEntryStore {
    /** Stores a new form (id 0) with its items in order, and answers it with the ids given. */
    GradeEntryForm create(GradeEntryForm form, Instant now);

    /** The form, if it exists and belongs to the course. */
    Optional<GradeEntryForm> find(CourseId course, long id);

    /** The course's forms, by id. */
    List<GradeEntryForm> forms(CourseId course);

    /** Writes the form's fields; items with an id are changed, items without one appended. */
    GradeEntryForm update(GradeEntryForm form, Instant now);

    /**
     * Sets the grades of one student (by role id) on items of the form: a value puts it, an empty one removes
     * it; items not named keep theirs. Setting the same grades again changes nothing.
     */
    void putGrades(long form, long role, Map<Long, Optional<Double>> grades, Instant now);

    /**
     * The form's rows: every student of its course whose role is not hidden, by user name, each with their
     * grades on this form; handed over one at a time.
     */
    void eachStudent(GradeEntryForm form, Consumer<? super StudentGrades> sink);
}
