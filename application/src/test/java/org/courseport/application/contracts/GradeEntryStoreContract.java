package org.courseport.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.gradeentry.GradeEntryForm;
import org.courseport.domain.gradeentry.GradeEntryFormChanges;
import org.courseport.domain.gradeentry.GradeEntryItem;
import org.courseport.domain.gradeentry.GradeEntryItemChange;
import org.courseport.domain.gradeentry.GradeEntryStore;
import org.courseport.domain.gradeentry.StudentGrades;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.roster.CourseName;
import org.courseport.domain.roster.NewCourse;
import org.courseport.domain.roster.Role;
import org.courseport.domain.roster.RoleGrant;
import org.courseport.domain.roster.RoleType;
import org.courseport.domain.roster.RosterStore;
import org.courseport.domain.roster.Section;
import org.courseport.domain.roster.SectionName;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserStore;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

/** What every marks spreadsheet store must do, with the roster its rows come from. */
public abstract class GradeEntryStoreContract {
    protected static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");

    /** Empty stores over one database, new for each test. */
    protected abstract UserStore users();

    protected abstract RosterStore roster();

    protected abstract GradeEntryStore store();

    @Test
    void formsKeepTheirFieldsAndItemsInOrderWithAShortIdentifierUniqueInTheirCourse() {
        CourseId csc = course("csc");
        CourseId mat = course("mat");
        GradeEntryForm made = store().create(draft(csc, "T1", GradeEntryItem.added("Q1", 10, false),
                GradeEntryItem.added("Bonus", 2.5, true)), NOW);
        assertEquals(List.of("Q1", "Bonus"), made.items().stream().map(GradeEntryItem::name).toList());
        assertEquals(new GradeEntryItem(made.items().get(1).id(), "Bonus", 2.5, true), made.items().get(1));
        assertEquals(Optional.of(made), store().find(csc, made.id()));
        assertEquals(Optional.empty(), store().find(mat, made.id()));
        assertThrows(Conflict.class, () -> store().create(draft(csc, "T1"), NOW));
        GradeEntryForm other = store().create(draft(mat, "T1"), NOW);
        GradeEntryForm second = store().create(draft(csc, "T2"), NOW);
        assertEquals(List.of(made, second), store().forms(csc));
        assertEquals(List.of(other), store().forms(mat));

        Instant due = Instant.parse("2026-12-01T17:30:00Z");
        GradeEntryForm changed = made.changed(new GradeEntryFormChanges(Optional.of(new ShortIdentifier("T1b")),
                Optional.of("Midterm"), Optional.of(due), Optional.of(false), Optional.of(false), List.of(
                new GradeEntryItemChange(Optional.of(made.items().get(0).id()), Optional.of("Q1a"), Optional.of(12.0),
                        Optional.empty()),
                new GradeEntryItemChange(Optional.empty(), Optional.of("Q2"), Optional.of(3.0), Optional.empty()))));
        GradeEntryForm updated = store().update(changed, NOW);
        assertEquals(List.of("Q1a", "Bonus", "Q2"), updated.items().stream().map(GradeEntryItem::name).toList());
        assertEquals(Optional.of(updated), store().find(csc, made.id()));
        assertEquals(Optional.of(due), updated.dueDate());
        assertEquals(12.0, updated.items().get(0).outOf());
        assertThrows(Conflict.class, () -> store().update(second.changed(new GradeEntryFormChanges(
                Optional.of(new ShortIdentifier("T1b")), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of())), NOW));
        assertEquals(Optional.of(second), store().find(csc, second.id()));
    }

    @Test
    void rowsAreTheCoursesVisibleStudentsByNameWithTheirGradesOnThisFormAlone() {
        CourseId csc = course("csc");
        Section lab = roster().createSection(csc, new SectionName("L01"), NOW);
        Role zed = role(csc, "zed", RoleType.STUDENT, Optional.of(lab), false);
        Role amy = role(csc, "amy", RoleType.STUDENT, Optional.empty(), false);
        Role hid = role(csc, "hid", RoleType.STUDENT, Optional.empty(), true);
        role(csc, "tim", RoleType.TA, Optional.empty(), false);
        role(course("mat"), "mo", RoleType.STUDENT, Optional.empty(), false);
        GradeEntryForm form = store().create(draft(csc, "T1", GradeEntryItem.added("Q1", 10, false),
                GradeEntryItem.added("Q2", 5, false), GradeEntryItem.added("B", 1, true)), NOW);
        GradeEntryForm otherForm = store().create(draft(csc, "T2", GradeEntryItem.added("Q1", 10, false)), NOW);
        long q1 = form.items().get(0).id();
        long q2 = form.items().get(1).id();
        long bonus = form.items().get(2).id();

        store().putGrades(form.id(), zed.id(), Map.of(q1, Optional.of(7.5), bonus, Optional.of(-1.0)), NOW);
        store().putGrades(form.id(), zed.id(), Map.of(q1, Optional.of(7.5), bonus, Optional.of(-1.0)), NOW);
        store().putGrades(form.id(), hid.id(), Map.of(q1, Optional.of(1.0)), NOW);
        store().putGrades(otherForm.id(), amy.id(), Map.of(otherForm.items().get(0).id(), Optional.of(9.0)), NOW);

        assertEquals(List.of(
                new StudentGrades(new UserName("amy"), "Last", "First amy", Optional.of("amy@example.org"),
                        Optional.empty(), Map.of()),
                new StudentGrades(new UserName("zed"), "Last", "First zed", Optional.of("zed@example.org"),
                        Optional.of("L01"), Map.of(q1, 7.5, bonus, -1.0))), rows(form));

        store().putGrades(form.id(), zed.id(), Map.of(q1, Optional.empty(), q2, Optional.of(0.0)), NOW);
        assertEquals(Map.of(q2, 0.0, bonus, -1.0), rows(form).get(1).grades());
        assertEquals(Map.of(otherForm.items().get(0).id(), 9.0), rows(otherForm).get(0).grades());
    }

    /** MarkUs's client may send one student's grades again while the first request still runs: both succeed. */
    @Test
    void theSameGradesSentAtOnceFromManyConnectionsAllSucceedAndLeaveOneRow() throws Exception {
        CourseId csc = course("csc");
        Role amy = role(csc, "amy", RoleType.STUDENT, Optional.empty(), false);
        GradeEntryForm form = store().create(draft(csc, "T1", GradeEntryItem.added("Q1", 10, false),
                GradeEntryItem.added("Q2", 10, false)), NOW);
        Map<Long, Optional<Double>> grades = Map.of(form.items().get(0).id(), Optional.of(6.0),
                form.items().get(1).id(), Optional.of(2.5));
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> puts = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                puts.add(pool.submit(() -> {
                    start.await();
                    store().putGrades(form.id(), amy.id(), grades, NOW);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> put : puts) {
                put.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(Map.of(form.items().get(0).id(), 6.0, form.items().get(1).id(), 2.5)),
                rows(form).stream().map(StudentGrades::grades).toList());
    }

    private List<StudentGrades> rows(GradeEntryForm form) {
        List<StudentGrades> rows = new ArrayList<>();
        store().eachStudent(form, rows::add);
        return rows;
    }

    private CourseId course(String name) {
        return roster().createCourse(new NewCourse(new CourseName(name), name.toUpperCase(), false), NOW).id();
    }

    private Role role(CourseId course, String name, RoleType type, Optional<Section> section, boolean hidden) {
        User user = users().findByName(new UserName(name)).orElseGet(() -> users().create(new NewUser(new UserName(name),
                UserType.STUDENT, new PersonalDetails("First " + name, "Last", name + "@example.org", null, 0)), NOW));
        return roster().createRole(new RoleGrant(course, user.id(), type, section, 0, hidden), NOW);
    }

    private static GradeEntryForm draft(CourseId course, String shortIdentifier, GradeEntryItem... items) {
        return new GradeEntryForm(0, course, new ShortIdentifier(shortIdentifier), "Test " + shortIdentifier,
                Optional.empty(), true, true, List.of(items));
    }
}
