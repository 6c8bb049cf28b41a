package org.courseport.domain.gradeentry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.user.UserName;
import org.junit.jupiter.api.Test;

class GradeEntryFormTest {
    private static final CourseId COURSE = new CourseId(3);
    private static final GradeEntryItem Q1 = new GradeEntryItem(1, "Q1", 10, false);
    private static final GradeEntryItem Q2 = new GradeEntryItem(2, "Q2", 5.5, false);
    private static final GradeEntryItem EXTRA = new GradeEntryItem(3, "Extra", 2, true);

    private static GradeEntryForm form(List<GradeEntryItem> items) {
        return new GradeEntryForm(7, COURSE, new ShortIdentifier("T1"), " Test 1 ", Optional.empty(), true, true, items);
    }

    @Test
    void theMaximumLeavesBonusItemsOut() {
        assertEquals(15.5, form(List.of(Q1, Q2, EXTRA)).maxMark());
        assertEquals(0.0, form(List.of(EXTRA)).maxMark());
        assertEquals(0.0, form(List.of()).maxMark());
    }

    @Test
    void totalsAddEveryGradeBonusIncludedNeverBelowZeroAndNoneWithoutGrades() {
        // 7 + 4.5 + 2 (bonus) = 13.5: a total may exceed the 15.5 maximum only through bonus items.
        assertEquals(Optional.of(13.5), GradeTotal.of(List.of(7.0, 4.5, 2.0)));
        // 3 + 0 - 2 (a negative bonus) = 1.
        assertEquals(Optional.of(1.0), GradeTotal.of(List.of(3.0, 0.0, -2.0)));
        // 1 - 4 = -3, shown as 0 as in MarkUs.
        assertEquals(Optional.of(0.0), GradeTotal.of(List.of(1.0, -4.0)));
        assertEquals(Optional.of(0.0), GradeTotal.of(List.of(0.0)));
        assertEquals(Optional.empty(), GradeTotal.of(List.of()));
    }

    @Test
    void aStudentRowFindsItsGradesByItemAndTotalsThem() {
        StudentGrades row = new StudentGrades(new UserName("ann"), "Lee", "Ann", Optional.empty(), Optional.of("L01"),
                Map.of(1L, 8.0, 3L, 1.5));
        assertEquals(Optional.of(8.0), row.grade(Q1));
        assertEquals(Optional.empty(), row.grade(Q2));
        assertEquals(Optional.of(9.5), row.total());
        assertEquals(Optional.empty(), new StudentGrades(new UserName("bo"), "B", "Bo", Optional.empty(), Optional.empty(),
                Map.of()).total());
    }

    @Test
    void gradesAreZeroOrMoreExceptOnBonusItemsAndHaveNoMaximum() {
        Q1.check(Optional.of(0.0));
        Q1.check(Optional.of(25.0));
        Q1.check(Optional.empty());
        Unprocessable negative = assertThrows(Unprocessable.class, () -> Q1.check(Optional.of(-0.5)));
        assertEquals("grade_entry_items: the grade of Q1 must be 0 or more, not -0.5 (only a bonus item takes negative"
                + " grades)", negative.getMessage());
        EXTRA.check(Optional.of(-3.0));
        assertThrows(Unprocessable.class, () -> EXTRA.check(Optional.of(Double.NaN)));
        assertThrows(Unprocessable.class, () -> Q1.check(Optional.of(Double.POSITIVE_INFINITY)));
    }

    @Test
    void aFormNeedsADescriptionAndItemsWithUniqueNamesAndOutOfZeroOrMore() {
        assertEquals("Test 1", form(List.of()).description());
        assertEquals("description: must not be blank", assertThrows(Unprocessable.class, () -> new GradeEntryForm(0,
                COURSE, new ShortIdentifier("T"), " ", Optional.empty(), false, false, List.of())).getMessage());
        assertThrows(Unprocessable.class, () -> new GradeEntryForm(0, COURSE, new ShortIdentifier("T"), null,
                Optional.empty(), false, false, List.of()));
        assertThrows(Unprocessable.class, () -> new GradeEntryForm(0, COURSE, new ShortIdentifier("T"), "d".repeat(256),
                Optional.empty(), false, false, List.of()));
        assertEquals(255, new GradeEntryForm(0, COURSE, new ShortIdentifier("T"), "d".repeat(255), Optional.empty(),
                false, false, List.of()).description().length());
        assertThrows(Unprocessable.class, () -> form(List.of(Q1, new GradeEntryItem(9, "Q1", 1, false))));
        assertEquals("Q", GradeEntryItem.added(" Q ", 0, false).name());
        assertThrows(Unprocessable.class, () -> GradeEntryItem.added("Q", -1, false));
        assertThrows(Unprocessable.class, () -> GradeEntryItem.added("Q", Double.NaN, false));
        assertThrows(Unprocessable.class, () -> GradeEntryItem.added(" ", 1, false));
        assertThrows(Unprocessable.class, () -> GradeEntryItem.added(null, 1, false));
        assertThrows(Unprocessable.class, () -> GradeEntryItem.added("n".repeat(256), 1, false));
        assertEquals(255, GradeEntryItem.added("n".repeat(255), 1, false).name().length());
    }

    @Test
    void changesKeepWhatTheyLeaveOutChangeItemsByIdAndAppendTheRest() {
        GradeEntryForm before = form(List.of(Q1, Q2));
        assertEquals(before, before.changed(new GradeEntryFormChanges(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of())));
        Instant due = Instant.parse("2026-12-01T17:00:00Z");
        GradeEntryForm after = before.changed(new GradeEntryFormChanges(Optional.of(new ShortIdentifier("T2")),
                Optional.of("Second"), Optional.of(due), Optional.of(false), Optional.of(false), List.of(
                new GradeEntryItemChange(Optional.of(2L), Optional.empty(), Optional.of(6.0), Optional.of(true)),
                new GradeEntryItemChange(Optional.empty(), Optional.of("Q3"), Optional.of(4.0), Optional.empty()))));
        assertEquals(new GradeEntryForm(7, COURSE, new ShortIdentifier("T2"), "Second", Optional.of(due), false, false,
                List.of(Q1, new GradeEntryItem(2, "Q2", 6, true), GradeEntryItem.added("Q3", 4, false))), after);
        NotFound unknown = assertThrows(NotFound.class, () -> before.changed(changesOf(new GradeEntryItemChange(
                Optional.of(99L), Optional.of("x"), Optional.empty(), Optional.empty()))));
        assertEquals("the spreadsheet has no grade entry item with id 99", unknown.getMessage());
        assertEquals("grade_entry_items: a new item needs out_of", assertThrows(Unprocessable.class, () ->
                before.changed(changesOf(new GradeEntryItemChange(Optional.empty(), Optional.of("Q4"), Optional.empty(),
                        Optional.empty())))).getMessage());
        assertThrows(Unprocessable.class, () -> before.changed(changesOf(new GradeEntryItemChange(Optional.of(2L),
                Optional.of("Q1"), Optional.empty(), Optional.empty()))));
        GradeEntryForm kept = after.changed(changesOf(new GradeEntryItemChange(Optional.of(1L), Optional.empty(),
                Optional.empty(), Optional.empty())));
        assertEquals(Q1, kept.items().get(0));
        assertEquals(Optional.of(due), kept.dueDate());
        assertEquals(Optional.of(Q2), before.item("Q2"));
        assertEquals(Optional.empty(), before.item("Q9"));
    }

    private static GradeEntryFormChanges changesOf(GradeEntryItemChange item) {
        return new GradeEntryFormChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(item));
    }
}
