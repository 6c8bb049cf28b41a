package org.courseport.domain.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.courseport.domain.grading.AssignmentId;
import org.junit.jupiter.api.Test;

/** Totals with worked numbers, one criterion kind at a time, then bonuses and extra marks. */
class TotalsTest {
    private static final AssignmentId A = new AssignmentId(1);

    @Test
    void aRubricCountsTheMarkOfItsLevel() {
        Criterion style = criterion(1, "Style", CriterionKind.RUBRIC, "4", false, true);
        // default levels of a 4-mark rubric: 0, 1, 2, 3, 4; "Good" is 3
        BigDecimal good = style.definition().levels().get(3).mark();
        Totals totals = Totals.of(List.of(style), Map.of(1L, good), List.of());
        assertEquals(new Totals(d("4"), d("3"), d("0"), d("3")), totals);
    }

    @Test
    void aFlexibleCriterionCountsItsMarkAndACheckboxZeroOrAll() {
        Criterion code = criterion(1, "Code", CriterionKind.FLEXIBLE, "10", false, true);
        Criterion tests = criterion(2, "Tests", CriterionKind.CHECKBOX, "2.5", false, true);
        assertEquals(new Totals(d("12.5"), d("10.25"), d("0"), d("10.25")),
                Totals.of(List.of(code, tests), Map.of(1L, d("7.75"), 2L, d("2.5")), List.of()));
        assertEquals(d("7.75"), Totals.of(List.of(code, tests), Map.of(1L, d("7.75"), 2L, d("0")), List.of()).total());
    }

    @Test
    void anUnmarkedCriterionCountsZeroAndAHiddenOneNothing() {
        Criterion code = criterion(1, "Code", CriterionKind.FLEXIBLE, "10", false, true);
        Criterion peer = criterion(2, "Peer", CriterionKind.FLEXIBLE, "5", false, false);
        Totals totals = Totals.of(List.of(code, peer), Map.of(2L, d("5")), List.of());
        assertEquals(new Totals(d("10"), d("0"), d("0"), d("0")), totals);
    }

    @Test
    void aBonusCriterionAddsToTheTotalButNotToTheMaximum() {
        Criterion code = criterion(1, "Code", CriterionKind.FLEXIBLE, "10", false, true);
        Criterion extra = criterion(2, "Extra", CriterionKind.CHECKBOX, "2", true, true);
        Totals totals = Totals.of(List.of(code, extra), Map.of(1L, d("9"), 2L, d("2")), List.of());
        assertEquals(new Totals(d("10"), d("11"), d("0"), d("11")), totals);
    }

    @Test
    void extraMarksAddPointsAndPercentagesOfTheMaximumAndTheTotalStopsAtZero() {
        Criterion code = criterion(1, "Code", CriterionKind.FLEXIBLE, "20", false, true);
        Criterion style = criterion(2, "Style", CriterionKind.RUBRIC, "4", false, true);
        List<Criterion> criteria = List.of(code, style);
        Map<Long, BigDecimal> marks = Map.of(1L, d("15"), 2L, d("2"));
        // out of 24; 17 marked; +1.5 points, -10 % of 24 = -2.4 → extra -0.9, total 16.1
        List<ExtraMark> extras = List.of(new ExtraMark("late", d("-10"), ExtraMarkUnit.PERCENTAGE),
                new ExtraMark("nice", d("1.5"), ExtraMarkUnit.POINTS));
        assertEquals(new Totals(d("24"), d("17"), d("-0.9"), d("16.1")), Totals.of(criteria, marks, extras));
        // a deduction larger than the marks leaves 0, not a negative total
        assertEquals(d("0"), Totals.of(criteria, marks, List.of(new ExtraMark("copied", d("-30"), ExtraMarkUnit.POINTS)))
                .total());
    }

    @Test
    void noCriteriaIsOutOfZeroWithOnlyTheExtraMarks() {
        assertEquals(new Totals(d("0"), d("0"), d("3"), d("3")),
                Totals.of(List.of(), Map.of(), List.of(new ExtraMark("", d("3"), ExtraMarkUnit.POINTS),
                        new ExtraMark("", d("50"), ExtraMarkUnit.PERCENTAGE))));
    }

    static Criterion criterion(long id, String name, CriterionKind kind, String max, boolean bonus, boolean taVisible) {
        return new Criterion(id, A, new CriterionDefinition(name, kind, d(max), null, bonus, taVisible, false, null));
    }

    static BigDecimal d(String text) {
        return Points.of(new BigDecimal(text));
    }
}
