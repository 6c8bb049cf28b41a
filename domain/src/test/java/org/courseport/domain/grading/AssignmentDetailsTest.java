package org.courseport.domain.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.courseport.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules an assignment's attributes follow as a whole, and the field each refusal names. */
class AssignmentDetailsTest {
    private static final AssignmentDetails BASE =
            AssignmentDetails.defaults(new ShortIdentifier("A1"), LocalDate.of(2026, 9, 1));

    private static AssignmentDetails edit(String... namesAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return AssignmentEdit.of(values).applyTo(BASE);
    }

    private static InvalidInput refused(String... namesAndValues) {
        return assertThrows(InvalidInput.class, () -> edit(namesAndValues));
    }

    @Test
    void theDefaultsAreIndividualWorkWithoutLateSubmissions() {
        assertEquals(1, BASE.groupMin());
        assertEquals(1, BASE.groupMax());
        assertEquals("rubric", BASE.markingSchemeType());
        assertEquals("NoLateSubmissionRule", BASE.submissionRuleType());
        assertEquals(new BigDecimal("0.00"), BASE.submissionRuleDeduction());
        assertEquals("A1", BASE.repositoryFolder());
        assertNull(BASE.course());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "group_min|0|group_min|must be at least 1",
            "group_max|0|group_max|must be at least group_min (1)",
            "tokens_per_day|-1|tokens_per_day|must not be negative",
            "submission_rule_hours|-1|submission_rule_hours|must not be negative",
            "submission_rule_interval|-1|submission_rule_interval|must not be negative",
            "submission_rule_deduction|-0.01|submission_rule_deduction|must be a percentage from 0 to 100",
            "submission_rule_deduction|100.01|submission_rule_deduction|must be a percentage from 0 to 100",
            "submission_rule_deduction|1.005|submission_rule_deduction|must have at most 2 decimals",
            "marking_scheme_type|points|marking_scheme_type|must be one of flexible, rubric, not 'points'",
            "submission_rule_type|Late|submission_rule_type|must be one of GracePeriodSubmissionRule, NoLateSubmissionRule,"
                    + " PenaltyDecayPeriodSubmissionRule, PenaltyPeriodSubmissionRule, not 'Late'"})
    void eachRuleNamesItsField(String name, String value, String field, String message) {
        InvalidInput failure = refused(name, value);
        assertEquals(field, failure.errors().get(0).field());
        assertEquals(message, failure.errors().get(0).message());
    }

    @Test
    void theBoundariesThemselvesAreAllowed() {
        assertEquals(2, edit("group_min", "2", "group_max", "2").groupMax());
        assertEquals(0, edit("tokens_per_day", "0").tokensPerDay());
        assertEquals(0, edit("submission_rule_hours", "0").submissionRuleHours());
        assertEquals(0, edit("submission_rule_interval", "0").submissionRuleInterval());
        assertEquals(new BigDecimal("100.00"), edit("submission_rule_deduction", "100").submissionRuleDeduction());
        assertEquals(new BigDecimal("0.00"), edit("submission_rule_deduction", "0").submissionRuleDeduction());
        assertEquals(new BigDecimal("12.25"), edit("submission_rule_deduction", "12.250").submissionRuleDeduction(),
                "trailing zeros are not decimals");
        assertEquals("flexible", edit("marking_scheme_type", "flexible").markingSchemeType());
    }

    @Test
    void aGroupMaxBelowTheMinNamesTheMin() {
        assertEquals("group_max: must be at least group_min (3)",
                refused("group_min", "3", "group_max", "2").getMessage());
    }

    @Test
    void textMayBeTenThousandCharacters() {
        String longest = "x".repeat(10_000);
        assertEquals(longest, edit("description", longest).description());
        assertEquals(longest, edit("message", longest).message());
        assertEquals(longest, edit("remark_message", longest).remarkMessage());
        for (String field : new String[] {"description", "message", "remark_message"}) {
            InvalidInput failure = refused(field, longest + "x");
            assertEquals(field + ": must be at most 10000 characters", failure.getMessage());
        }
    }

    @Test
    void theDueDateIsRequiredAndTheDeductionToo() {
        assertEquals("due_date: is required", refused("due_date", " ").getMessage());
        assertThrows(NullPointerException.class, () -> new AssignmentDetails(null, null, BASE.dueDate(), 1, 1, 0,
                true, false, null, null, false, false, false, false, true, "rubric", null,
                "NoLateSubmissionRule", null, 0, 0, null));
    }

    @Test
    void aGroupMustHaveFromMinToMaxMembers() {
        AssignmentDetails pairsOrTriples = edit("group_min", "2", "group_max", "3");
        pairsOrTriples.checkGroupSize(2);
        pairsOrTriples.checkGroupSize(3);
        InvalidInput tooFew = assertThrows(InvalidInput.class, () -> pairsOrTriples.checkGroupSize(1));
        assertEquals("members: a group of this assignment has 2 to 3 members, not 1", tooFew.getMessage());
        InvalidInput tooMany = assertThrows(InvalidInput.class, () -> pairsOrTriples.checkGroupSize(4));
        assertEquals("members", tooMany.errors().get(0).field());
    }
}
