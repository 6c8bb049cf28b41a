package org.courseport.application.marking;

import java.util.Map;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.marking.ExtraMark;
import org.courseport.domain.marking.MarkingState;

/**
 * Marking a group's collected submission as MarkUs's client does it: marks by criterion name, the
 * marking state, extra marks. Only those who may mark in the course (admins, instructors) may; a group
 * without a collected submission is a 404 ("No submission exists…"). Setting the same marks or the
 * same state again changes nothing, so a client may retry.
 */
public interface MarkResults {
    /** Marks by criterion name ({@code "nil"} unmarks), refused while the result is complete. */
    void updateMarks(Caller caller, ResultRef result, Map<String, String> marks);

    void updateState(Caller caller, ResultRef result, MarkingState state);

    void addExtraMark(Caller caller, ResultRef result, ExtraMark extra);

    /** Removes one extra mark of exactly that value and description; none such is a 404. */
    void removeExtraMark(Caller caller, ResultRef result, ExtraMark extra);
}
