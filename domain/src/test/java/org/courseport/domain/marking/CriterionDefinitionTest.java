package org.courseport.domain.marking;

import static org.courseport.domain.marking.TotalsTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.courseport.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;

class CriterionDefinitionTest {

    @Test
    void aRubricGetsMarkUsFiveDefaultLevels() {
        CriterionDefinition rubric = new CriterionChanges("Style", CriterionKind.RUBRIC, d("1.5"), null, null, null, null,
                null).create();
        assertEquals(List.of("Very Poor", "Weak", "Passable", "Good", "Excellent"),
                rubric.levels().stream().map(RubricLevel::name).toList());
        assertEquals(List.of(d("0"), d("0.375"), d("0.75"), d("1.125"), d("1.5")),
                rubric.levels().stream().map(RubricLevel::mark).toList());
        assertEquals("", rubric.description());
        assertFalse(rubric.bonus());
        assertTrue(rubric.taVisible());
        assertFalse(rubric.peerVisible());
    }

    @Test
    void givenLevelsAreKeptWithinTheMaximumAndNamedOnce() {
        List<RubricLevel> levels = List.of(new RubricLevel("No", "nothing", d("0")), new RubricLevel("Yes", null, d("3")));
        assertEquals(levels, new CriterionDefinition("R", CriterionKind.RUBRIC, d("3"), "d", true, false, true, levels).levels());
        assertThrows(InvalidInput.class, () -> new CriterionDefinition("R", CriterionKind.RUBRIC, d("2"), "", false, true,
                false, levels));
        assertThrows(InvalidInput.class, () -> new CriterionDefinition("R", CriterionKind.RUBRIC, d("3"), "", false, true,
                false, List.of(new RubricLevel("A", "", d("1")), new RubricLevel("A", "", d("2")))));
        assertThrows(InvalidInput.class, () -> new CriterionDefinition("F", CriterionKind.FLEXIBLE, d("3"), "", false, true,
                false, levels));
        assertThrows(InvalidInput.class, () -> new RubricLevel(" ", "", d("1")));
        assertThrows(InvalidInput.class, () -> new RubricLevel("A", "", d("-1")));
    }

    @Test
    void nameTypeAndAPositiveMaximumAreRequired() {
        assertEquals("max_mark: must be greater than 0", assertThrows(InvalidInput.class, () ->
                new CriterionChanges("C", CriterionKind.FLEXIBLE, d("0"), null, null, null, null, null).create()).getMessage());
        assertEquals("max_mark: is required", assertThrows(InvalidInput.class, () ->
                new CriterionChanges("C", CriterionKind.FLEXIBLE, null, null, null, null, null, null).create()).getMessage());
        assertEquals("name: is required", assertThrows(InvalidInput.class, () ->
                new CriterionChanges(" ", CriterionKind.FLEXIBLE, d("1"), null, null, null, null, null).create()).getMessage());
        assertEquals("type: is required", assertThrows(InvalidInput.class, () ->
                new CriterionChanges("C", null, d("1"), null, null, null, null, null).create()).getMessage());
        assertThrows(InvalidInput.class, () -> new CriterionDefinition("x".repeat(256), CriterionKind.FLEXIBLE, d("1"), null,
                false, true, false, null));
        assertEquals("C", new CriterionDefinition(" C ", CriterionKind.FLEXIBLE, d("1"), null, false, true, false, null).name());
        assertEquals(255, new CriterionDefinition("x".repeat(255), CriterionKind.FLEXIBLE, d("1"), null, false, true, false,
                null).name().length());
        assertEquals("", new RubricLevel("A", null, d("0")).description());
    }

    @Test
    void kindsAreReadInAnyCaseOrByMarkUsClassName() {
        assertEquals(CriterionKind.RUBRIC, CriterionKind.parse("Rubric"));
        assertEquals(CriterionKind.FLEXIBLE, CriterionKind.parse("FlexibleCriterion"));
        assertEquals(CriterionKind.CHECKBOX, CriterionKind.parse(" checkbox "));
        assertEquals("type: must be flexible, rubric or checkbox, not 'grid'",
                assertThrows(InvalidInput.class, () -> CriterionKind.parse("grid")).getMessage());
        assertThrows(InvalidInput.class, () -> CriterionKind.parse(null));
    }

    @Test
    void eachKindAllowsItsMarks() {
        CriterionDefinition flexible = new CriterionDefinition("F", CriterionKind.FLEXIBLE, d("4"), null, false, true, false, null);
        CriterionDefinition checkbox = new CriterionDefinition("C", CriterionKind.CHECKBOX, d("4"), null, false, true, false, null);
        CriterionDefinition rubric = new CriterionDefinition("R", CriterionKind.RUBRIC, d("4"), null, false, true, false, null);
        for (CriterionDefinition c : List.of(flexible, rubric)) {
            assertTrue(c.allows(d("0")) && c.allows(d("2.5")) && c.allows(d("4")));
            assertFalse(c.allows(d("-0.5")) || c.allows(d("4.01")));
        }
        assertTrue(checkbox.allows(d("0")) && checkbox.allows(d("4.0")));
        assertFalse(checkbox.allows(d("2")) || checkbox.allows(d("5")) || checkbox.allows(d("-4")));
    }

    @Test
    void changesKeepWhatIsNotGivenAndScaleARubric() {
        CriterionDefinition rubric = new CriterionChanges("R", CriterionKind.RUBRIC, d("4"), "old", true, false, true, null)
                .create();
        CriterionDefinition doubled = new CriterionChanges(null, null, d("8"), null, null, null, null, null).applyTo(rubric);
        assertEquals(List.of(d("0"), d("2"), d("4"), d("6"), d("8")), doubled.levels().stream().map(RubricLevel::mark).toList());
        assertEquals(new CriterionDefinition("R", CriterionKind.RUBRIC, d("8"), "old", true, false, true, doubled.levels()),
                doubled);
        CriterionDefinition renamed = new CriterionChanges("S", CriterionKind.FLEXIBLE, null, "new", false, true, false, null)
                .applyTo(rubric);
        assertEquals(new CriterionDefinition("S", CriterionKind.FLEXIBLE, d("4"), "new", false, true, false, List.of()), renamed);
        CriterionDefinition backToRubric = new CriterionChanges(null, CriterionKind.RUBRIC, null, null, null, null, null, null)
                .applyTo(renamed);
        assertEquals(CriterionDefinition.defaultLevels(d("4")), backToRubric.levels());
        List<RubricLevel> two = List.of(new RubricLevel("a", "", d("0")), new RubricLevel("b", "", d("1")));
        assertEquals(two, new CriterionChanges(null, null, d("1"), null, null, null, null, two).applyTo(rubric).levels());
    }

    @Test
    void pointsKeepFourPlacesWithoutTrailingZeros() {
        assertEquals(new BigDecimal("2.5"), Points.of(new BigDecimal("2.50")));
        assertEquals(new BigDecimal("100"), Points.of(new BigDecimal("1E+2")));
        assertEquals(new BigDecimal("0.3333"), Points.of(new BigDecimal("0.33333")));
        assertEquals(new BigDecimal("0.6667"), Points.parse("m", " 0.66666 "));
        assertEquals("m: must be a number, not 'ten'", assertThrows(InvalidInput.class, () -> Points.parse("m", "ten"))
                .getMessage());
        assertThrows(InvalidInput.class, () -> Points.parse("m", null));
    }
}
