package org.courseport.application.marking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.marking.Criterion;
import org.courseport.domain.marking.MarkingStore;
import org.courseport.domain.marking.Totals;

/**
 * An assignment's grades summary, ready to be read: its TA-visible criteria (the columns), the
 * assignment's maximum, and the students' rows, streamed from the store as they are read.
 */
public final class GradesSummary {
    private final AssignmentId assignment;
    private final List<Criterion> allCriteria;
    private final List<Criterion> columns;
    private final MarkingStore store;

    GradesSummary(AssignmentId assignment, List<Criterion> criteria, MarkingStore store) {
        this.assignment = assignment;
        this.allCriteria = List.copyOf(criteria);
        this.columns = criteria.stream().filter(c -> c.definition().taVisible()).toList();
        this.store = store;
    }

    /** The criteria the summary has a column for: the TA-visible ones, in order. */
    public List<Criterion> columns() {
        return columns;
    }

    public BigDecimal outOf() {
        return Totals.outOf(allCriteria);
    }

    /** Hands each student's row to {@code each}, in user name order, one at a time. */
    public void rows(Consumer<SummaryRow> each) {
        store.summary(assignment, student -> each.accept(new SummaryRow(student,
                student.marking().map(m -> m.totals(allCriteria)),
                columns.stream().map(c -> student.marking().flatMap(m -> Optional.ofNullable(m.marks().get(c.id()))))
                        .toList())));
    }
}
