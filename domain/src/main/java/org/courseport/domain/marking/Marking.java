package org.courseport.domain.marking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.error.FieldError;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unprocessable;

/**
 * The marking of one result (a collected submission): its state, its marks by criterion id, its extra
 * marks. A result nobody has marked yet is incomplete with nothing in it.
 */
public record Marking(MarkingState state, Map<Long, BigDecimal> marks, List<ExtraMark> extras) {
    /** What MarkUs's client sends to unmark a criterion. */
    public static final String UNMARK = "nil";
    public static final Marking NONE = new Marking(MarkingState.INCOMPLETE, Map.of(), List.of());

    public Marking {
        Objects.requireNonNull(state, "state");
        Map<Long, BigDecimal> normalized = new LinkedHashMap<>();
        marks.forEach((criterion, mark) -> normalized.put(criterion, Points.of(mark)));
        marks = Map.copyOf(normalized);
        extras = List.copyOf(extras);
    }

    public Totals totals(List<Criterion> criteria) {
        return Totals.of(criteria, marks, extras);
    }

    /** Marks change only while incomplete; MarkUs answers 404 otherwise. */
    public void requireIncomplete() {
        if (state == MarkingState.COMPLETE) {
            throw completed();
        }
    }

    /** MarkUs's refusal of a change to a complete result. */
    public static NotFound completed() {
        return new NotFound("Marking for that submission is already completed");
    }

    /**
     * The changes {@code given} (criterion name to mark, as text) asks of the criteria: a mark, or
     * empty to unmark ({@value #UNMARK}). Names that match no criterion are passed over, as MarkUs does,
     * but at least one must match; an empty value (a JSON null) is 0, as in MarkUs. Every mark must be one
     * its criterion allows, or nothing changes.
     */
    public static Map<Long, Optional<BigDecimal>> changes(List<Criterion> criteria, Map<String, String> given) {
        Map<Long, Optional<BigDecimal>> changes = new LinkedHashMap<>();
        List<FieldError> refused = new ArrayList<>();
        for (Criterion criterion : criteria) {
            String text = given.get(criterion.name());
            if (text == null) {
                continue;
            }
            if (text.strip().equals(UNMARK)) {
                changes.put(criterion.id(), Optional.empty());
                continue;
            }
            BigDecimal mark = text.isBlank() ? BigDecimal.ZERO : Points.parse(criterion.name(), text);
            if (!criterion.definition().allows(mark)) {
                refused.add(new FieldError(criterion.name(), refusal(criterion.definition(), mark)));
            }
            changes.put(criterion.id(), Optional.of(mark));
        }
        if (changes.isEmpty()) {
            throw new NotFound("No criteria were found that match that request.");
        }
        if (!refused.isEmpty()) {
            throw new Unprocessable("marks out of range: " + String.join("; ",
                    refused.stream().map(e -> e.field() + " " + e.message()).toList()), refused);
        }
        return changes;
    }

    /** Completing needs a mark on every TA-visible criterion, as MarkUs refuses otherwise. */
    public void requireCompletable(List<Criterion> criteria) {
        List<String> unmarked = criteria.stream().filter(c -> c.definition().taVisible() && !marks.containsKey(c.id()))
                .map(Criterion::name).toList();
        if (!unmarked.isEmpty()) {
            throw new Unprocessable("cannot complete the result: unmarked criteria " + String.join(", ", unmarked),
                    unmarked.stream().map(name -> new FieldError(name, "has no mark")).toList());
        }
    }

    private static String refusal(CriterionDefinition criterion, BigDecimal mark) {
        String max = criterion.maxMark().toPlainString();
        return criterion.kind() == CriterionKind.CHECKBOX
                ? "must be 0 or " + max + ", not " + mark.toPlainString()
                : "must be between 0 and " + max + ", not " + mark.toPlainString();
    }

    /** Reads a value as MarkUs's {@code marking_state} parameter; absent is invalid input. */
    public static MarkingState state(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.field("marking_state", "is required");
        }
        return MarkingState.parse(text.strip());
    }
}
