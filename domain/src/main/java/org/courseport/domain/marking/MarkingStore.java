package org.courseport.domain.marking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.SubmissionId;

/**
 * Where results' marking is kept: state, marks per criterion, extra marks and annotations, each on a
 * collected submission (a new collect starts the group's marking afresh).
 */
public interface MarkingStore {
    /** The result's marking; {@link Marking#NONE} when nothing was recorded. */
    Marking marking(SubmissionId submission);

    /**
     * Sets (a present value) or removes (empty) marks by criterion id, all at once, unless the result is
     * complete: then nothing changes and the answer is false. The state is read under the same lock as the
     * write, so a result completed meanwhile keeps its marks.
     */
    boolean setMarks(SubmissionId submission, Map<Long, Optional<BigDecimal>> changes, Instant now);

    void setState(SubmissionId submission, MarkingState state, Instant now);

    void addExtraMark(SubmissionId submission, ExtraMark extra, Instant now);

    /** Removes one extra mark equal to {@code extra} ({@link ExtraMark#sameAs}); false if none was. */
    boolean removeExtraMark(SubmissionId submission, ExtraMark extra);

    /**
     * Stores the annotations all together or none, each category of the assignment made if new
     * (categories are matched by exact name).
     */
    void addAnnotations(AssignmentId assignment, GroupId group, SubmissionId submission, List<NewAnnotation> annotations,
                        Instant now);

    /** The annotations on the results of the assignment, or of one group of it, by id. */
    List<Annotation> annotations(AssignmentId assignment, Optional<GroupId> group);

    /**
     * Every student in a group of the assignment (as inviter or accepted member), by user name, handed to
     * {@code each} one at a time as read: the whole course is never held at once.
     */
    void summary(AssignmentId assignment, Consumer<StudentMarks> each);
}
