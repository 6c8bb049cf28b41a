package org.courseport.domain.marking;

import static org.courseport.domain.marking.TotalsTest.criterion;
import static org.courseport.domain.marking.TotalsTest.d;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unprocessable;
import org.junit.jupiter.api.Test;

class MarkingTest {
    private static final Criterion CODE = criterion(1, "Code", CriterionKind.FLEXIBLE, "10", false, true);
    private static final Criterion TESTS = criterion(2, "Tests", CriterionKind.CHECKBOX, "2", false, true);
    private static final Criterion PEER = criterion(3, "Peer", CriterionKind.FLEXIBLE, "5", false, false);
    private static final List<Criterion> CRITERIA = List.of(CODE, TESTS, PEER);

    @Test
    void marksAreMatchedByNameUnmarkedWithNilAndANullIsZero() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("Code", "7.5");
        given.put("Tests", "nil");
        given.put("Peer", "");
        given.put("Nobody", "3");
        Map<Long, Optional<BigDecimal>> changes = Marking.changes(CRITERIA, given);
        assertEquals(Map.of(1L, Optional.of(d("7.5")), 2L, Optional.empty(), 3L, Optional.of(d("0"))), changes);
    }

    @Test
    void noMatchingNameIsNotFound() {
        NotFound none = assertThrows(NotFound.class, () -> Marking.changes(CRITERIA, Map.of("code", "1")));
        assertEquals("No criteria were found that match that request.", none.getMessage());
        assertThrows(NotFound.class, () -> Marking.changes(List.of(), Map.of("Code", "1")));
    }

    @Test
    void marksOutOfRangeAreRefusedTogether() {
        Unprocessable refused = assertThrows(Unprocessable.class, () -> Marking.changes(CRITERIA,
                Map.of("Code", "11", "Tests", "1")));
        assertEquals(List.of("Code", "Tests"), refused.errors().stream().map(e -> e.field()).toList());
        assertTrue(refused.getMessage().contains("Code must be between 0 and 10, not 11"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Tests must be 0 or 2, not 1"), refused.getMessage());
        assertThrows(Unprocessable.class, () -> Marking.changes(CRITERIA, Map.of("Code", "-1")));
        assertThrows(InvalidInput.class, () -> Marking.changes(CRITERIA, Map.of("Code", "lots")));
    }

    @Test
    void aCompleteResultRefusesChanges() {
        assertDoesNotThrow(Marking.NONE::requireIncomplete);
        Marking complete = new Marking(MarkingState.COMPLETE, Map.of(), List.of());
        assertEquals("Marking for that submission is already completed",
                assertThrows(NotFound.class, complete::requireIncomplete).getMessage());
    }

    @Test
    void completingNeedsAMarkOnEveryTaVisibleCriterion() {
        Marking partly = new Marking(MarkingState.INCOMPLETE, Map.of(1L, d("3")), List.of());
        Unprocessable refused = assertThrows(Unprocessable.class, () -> partly.requireCompletable(CRITERIA));
        assertEquals("cannot complete the result: unmarked criteria Tests", refused.getMessage());
        assertDoesNotThrow(() -> new Marking(MarkingState.INCOMPLETE, Map.of(1L, d("3"), 2L, d("0")), List.of())
                .requireCompletable(CRITERIA));
        assertEquals(d("3"), partly.totals(CRITERIA).total());
    }

    @Test
    void statesAreReadExactly() {
        assertEquals(MarkingState.COMPLETE, Marking.state(" complete "));
        assertEquals(MarkingState.INCOMPLETE, Marking.state("incomplete"));
        assertEquals("marking_state: must be complete or incomplete, not 'Complete'",
                assertThrows(InvalidInput.class, () -> Marking.state("Complete")).getMessage());
        assertEquals("marking_state: is required", assertThrows(InvalidInput.class, () -> Marking.state(" ")).getMessage());
        assertThrows(InvalidInput.class, () -> Marking.state(null));
    }

    @Test
    void extraMarksCompareByValueAndReadTheirUnit() {
        ExtraMark two = new ExtraMark("late", new BigDecimal("-2.0"), ExtraMarkUnit.POINTS);
        assertTrue(two.sameAs(new ExtraMark("late", d("-2"), ExtraMarkUnit.POINTS)));
        assertFalse(two.sameAs(new ExtraMark("Late", d("-2"), ExtraMarkUnit.POINTS)));
        assertFalse(two.sameAs(new ExtraMark("late", d("-2"), ExtraMarkUnit.PERCENTAGE)));
        assertFalse(two.sameAs(new ExtraMark("late", d("-3"), ExtraMarkUnit.POINTS)));
        assertEquals("", new ExtraMark(null, d("1"), ExtraMarkUnit.POINTS).description());
        assertThrows(InvalidInput.class, () -> new ExtraMark("x", null, ExtraMarkUnit.POINTS));
        assertThrows(InvalidInput.class, () -> new ExtraMark("x".repeat(10_001), d("1"), ExtraMarkUnit.POINTS));
        assertEquals(10_000, new ExtraMark("x".repeat(10_000), d("1"), ExtraMarkUnit.POINTS).description().length());
        assertEquals(ExtraMarkUnit.PERCENTAGE, ExtraMarkUnit.parse(" Percentage"));
        assertEquals("points", ExtraMarkUnit.POINTS.wireName());
        assertThrows(InvalidInput.class, () -> ExtraMarkUnit.parse("bananas"));
        assertThrows(InvalidInput.class, () -> ExtraMarkUnit.parse(null));
    }
}
