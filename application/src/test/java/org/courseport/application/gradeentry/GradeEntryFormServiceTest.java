package org.courseport.application.gradeentry;

import static org.courseport.application.fixtures.TestUsers.ADMIN;
import static org.courseport.application.fixtures.TestUsers.newUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.application.fixtures.InMemoryAssignmentStore;
import org.courseport.application.fixtures.InMemoryGradeEntryStore;
import org.courseport.application.fixtures.InMemoryRosterStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.application.roster.RosterService;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.gradeentry.GradeEntryForm;
import org.courseport.domain.gradeentry.GradeEntryFormChanges;
import org.courseport.domain.gradeentry.GradeEntryItem;
import org.courseport.domain.gradeentry.StudentGrades;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.roster.CourseAction;
import org.courseport.domain.roster.CourseName;
import org.courseport.domain.roster.NewCourse;
import org.courseport.domain.roster.NewRole;
import org.courseport.domain.roster.RoleType;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GradeEntryFormServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Caller INST = new Caller(new UserName("inst"), UserType.STUDENT);
    private static final Caller TOM = new Caller(new UserName("tom"), UserType.TA);
    private static final Caller ANN = new Caller(new UserName("ann"), UserType.STUDENT);

    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryRosterStore rosterStore = new InMemoryRosterStore(users);
    private final RosterService roster = new RosterService(rosterStore, users, new InMemoryAssignmentStore(), CLOCK);
    private final GradeEntryFormService forms = new GradeEntryFormService(new InMemoryGradeEntryStore(rosterStore),
            rosterStore, roster, CLOCK);
    private CourseId course;
    private CourseId other;

    @BeforeEach
    void setUp() {
        course = roster.create(ADMIN, new NewCourse(new CourseName("csc"), "CSC", false)).id();
        other = roster.create(ADMIN, new NewCourse(new CourseName("mat"), "MAT", false)).id();
        role("inst", RoleType.INSTRUCTOR, false);
        role("tom", RoleType.TA, false);
        role("ann", RoleType.STUDENT, false);
        role("bob", RoleType.STUDENT, false);
        role("hid", RoleType.STUDENT, true);
    }

    private void role(String name, RoleType type, boolean hidden) {
        users.create(newUser(name, UserType.STUDENT), CLOCK.instant());
        roster.add(ADMIN, course, new NewRole(new UserName(name), type, Optional.empty(), 0, hidden));
    }

    private GradeEntryForm draft(CourseId in, String shortId, boolean hidden, GradeEntryItem... items) {
        return new GradeEntryForm(0, in, new ShortIdentifier(shortId), "Test " + shortId, Optional.empty(), hidden, true,
                List.of(items));
    }

    @Test
    void onlyTheCoursesInstructorsAndAdminsUseSpreadsheets() {
        GradeEntryForm made = forms.create(INST, draft(course, "T1", false));
        GradeEntryFormRef ref = new GradeEntryFormRef(course, made.id());
        assertEquals(made, forms.form(ADMIN, ref));
        assertEquals(List.of(made), forms.forms(INST, course));
        for (Caller refused : List.of(TOM, ANN, new Caller(new UserName("hid"), UserType.STUDENT))) {
            assertThrows(Forbidden.class, () -> forms.create(refused, draft(course, "T9", false)));
            assertThrows(Forbidden.class, () -> forms.forms(refused, course));
            assertThrows(Forbidden.class, () -> forms.form(refused, ref));
            assertThrows(Forbidden.class, () -> forms.sheet(refused, ref));
            assertThrows(Forbidden.class, () -> forms.updateGrades(refused, ref, new GradeUpdate(new UserName("ann"),
                    Map.of())));
            assertThrows(Forbidden.class, () -> forms.update(refused, ref, nothing()));
        }
        assertThrows(Forbidden.class, () -> forms.form(INST, new GradeEntryFormRef(other, made.id())));
        NotFound elsewhere = assertThrows(NotFound.class, () -> forms.form(ADMIN, new GradeEntryFormRef(other, made.id())));
        assertEquals("the course has no marks spreadsheet with id " + made.id(), elsewhere.getMessage());
        assertThrows(NotFound.class, () -> forms.form(ADMIN, new GradeEntryFormRef(new CourseId(99), made.id())));
        assertThrows(Conflict.class, () -> forms.create(ADMIN, draft(course, "T1", false)));
    }

    @Test
    void updatesChangeTheFormAndRefuseATakenShortIdentifier() {
        GradeEntryForm made = forms.create(INST, draft(course, "T1", false, GradeEntryItem.added("Q1", 10, false)));
        forms.create(INST, draft(course, "T2", false));
        GradeEntryFormRef ref = new GradeEntryFormRef(course, made.id());
        GradeEntryForm changed = forms.update(INST, ref, new GradeEntryFormChanges(Optional.empty(),
                Optional.of("Quiz"), Optional.empty(), Optional.of(true), Optional.empty(), List.of()));
        assertEquals("Quiz", changed.description());
        assertEquals(changed, forms.form(INST, ref));
        assertThrows(Conflict.class, () -> forms.update(INST, ref, new GradeEntryFormChanges(
                Optional.of(new ShortIdentifier("T2")), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of())));
    }

    @Test
    void gradesAreSetForOneStudentAllOrNoneAndTotalledAsMarkUsDoes() {
        GradeEntryForm form = forms.create(INST, draft(course, "T1", false, GradeEntryItem.added("Q1", 10, false),
                GradeEntryItem.added("Q2", 5, false), GradeEntryItem.added("Bonus", 2, true)));
        GradeEntryFormRef ref = new GradeEntryFormRef(course, form.id());
        forms.updateGrades(INST, ref, update("ann", "Q1", 6.5, "Q2", 4.0, "Bonus", -1.5));
        forms.updateGrades(INST, ref, update("ann", "Q1", 6.5, "Q2", 4.0, "Bonus", -1.5));

        Unprocessable negative = assertThrows(Unprocessable.class, () ->
                forms.updateGrades(INST, ref, update("bob", "Q1", 3.0, "Q2", -1.0)));
        assertEquals("grade_entry_items: the grade of Q2 must be 0 or more, not -1.0 (only a bonus item takes negative"
                + " grades)", negative.getMessage());
        Unprocessable unknownItem = assertThrows(Unprocessable.class, () ->
                forms.updateGrades(INST, ref, update("bob", "Q1", 3.0, "Q7", 1.0)));
        assertEquals("grade_entry_items: the spreadsheet has no item named Q7", unknownItem.getMessage());
        Unprocessable ta = assertThrows(Unprocessable.class, () -> forms.updateGrades(INST, ref, update("tom", "Q1", 1.0)));
        assertEquals("user_name: the course has no student named tom", ta.getMessage());
        assertThrows(Unprocessable.class, () -> forms.updateGrades(INST, ref, update("nobody", "Q1", 1.0)));
        forms.updateGrades(INST, ref, update("hid", "Q1", 1.0));

        List<StudentGrades> rows = new ArrayList<>();
        GradeEntrySheet sheet = forms.sheet(INST, ref);
        assertEquals(form, sheet.form());
        sheet.students().forEach(rows::add);
        assertEquals(List.of("ann", "bob"), rows.stream().map(row -> row.userName().value()).toList());
        // ann: 6.5 + 4 - 1.5 (bonus) = 9 of 15; bob's refused updates saved nothing.
        assertEquals(Optional.of(9.0), rows.get(0).total());
        assertEquals(Optional.empty(), rows.get(1).total());

        Map<String, Optional<Double>> cleared = new LinkedHashMap<>();
        cleared.put("Bonus", Optional.empty());
        forms.updateGrades(INST, ref, new GradeUpdate(new UserName("ann"), cleared));
        List<StudentGrades> after = new ArrayList<>();
        forms.sheet(ADMIN, ref).students().forEach(after::add);
        assertEquals(Optional.of(10.5), after.get(0).total());
    }

    @Test
    void amongAssignmentsAStudentSeesOnlyVisibleSpreadsheets() {
        GradeEntryForm shown = forms.create(INST, draft(course, "T1", false));
        GradeEntryForm hidden = forms.create(INST, draft(course, "T2", true));
        forms.create(ADMIN, draft(other, "T3", false));
        assertEquals(List.of(shown, hidden), forms.listedWithAssignments(roster.enter(INST, course,
                CourseAction.SEE_ASSIGNMENTS)));
        assertEquals(List.of(shown, hidden), forms.listedWithAssignments(roster.enter(TOM, course,
                CourseAction.SEE_ASSIGNMENTS)));
        assertEquals(List.of(shown, hidden), forms.listedWithAssignments(roster.enter(ADMIN, course,
                CourseAction.SEE_ASSIGNMENTS)));
        assertEquals(List.of(shown), forms.listedWithAssignments(roster.enter(ANN, course,
                CourseAction.SEE_ASSIGNMENTS)));
    }

    private static GradeEntryFormChanges nothing() {
        return new GradeEntryFormChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    private static GradeUpdate update(String student, Object... itemsAndGrades) {
        Map<String, Optional<Double>> grades = new LinkedHashMap<>();
        for (int i = 0; i < itemsAndGrades.length; i += 2) {
            grades.put((String) itemsAndGrades[i], Optional.of((Double) itemsAndGrades[i + 1]));
        }
        return new GradeUpdate(new UserName(student), grades);
    }
}
