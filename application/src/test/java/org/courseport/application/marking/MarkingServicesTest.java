package org.courseport.application.marking;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.application.fixtures.InMemoryAssignmentStore;
import org.courseport.application.fixtures.InMemoryCriterionStore;
import org.courseport.application.fixtures.InMemoryGroupStore;
import org.courseport.application.fixtures.InMemoryMarkingStore;
import org.courseport.application.fixtures.InMemoryRosterStore;
import org.courseport.application.fixtures.InMemorySubmissionStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.application.roster.RosterService;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.grading.AssignmentEdit;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.SubmissionFile;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.marking.Annotation;
import org.courseport.domain.marking.Criterion;
import org.courseport.domain.marking.CriterionChanges;
import org.courseport.domain.marking.CriterionKind;
import org.courseport.domain.marking.ExtraMark;
import org.courseport.domain.marking.ExtraMarkUnit;
import org.courseport.domain.marking.Marking;
import org.courseport.domain.marking.MarkingState;
import org.courseport.domain.marking.MarkingStore;
import org.courseport.domain.marking.Points;
import org.courseport.domain.marking.Totals;
import org.courseport.domain.roster.NewCourse;
import org.courseport.domain.roster.CourseName;
import org.courseport.domain.roster.RoleGrant;
import org.courseport.domain.roster.RoleType;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

class MarkingServicesTest {
    private static final Caller ADMIN = new Caller(new UserName("admin"), UserType.ADMIN);
    private static final Caller INSTRUCTOR = new Caller(new UserName("inst"), UserType.STUDENT);
    private static final Caller TA = new Caller(new UserName("ta"), UserType.TA);
    private static final Caller STUDENT = new Caller(new UserName("stu"), UserType.STUDENT);

    private final Clock clock = Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC);
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryAssignmentStore assignments = new InMemoryAssignmentStore();
    private final InMemoryGroupStore groups = new InMemoryGroupStore(users);
    private final InMemorySubmissionStore submissions = new InMemorySubmissionStore();
    private final InMemoryRosterStore roster = new InMemoryRosterStore(users);
    private final InMemoryMarkingStore markingStore = new InMemoryMarkingStore(assignments, groups, submissions, roster);
    private final RosterService gate = new RosterService(roster, users, assignments, clock);
    private final InMemoryCriterionStore criterionStore = new InMemoryCriterionStore(markingStore);
    private final CriterionService criteria = new CriterionService(criterionStore, gate, clock);
    private final MarkingService marking = new MarkingService(markingStore, criterionStore,
            groups, submissions, users, gate, clock);
    private final CourseId course;
    private final AssignmentId a1;

    MarkingServicesTest() {
        course = roster.createCourse(new NewCourse(new CourseName("csc"), "CSC", false), clock.instant()).id();
        a1 = assignments.create(course, AssignmentEdit.of(Map.of("short_identifier", "A1", "due_date", "2026-10-01",
                "group_max", "2")).create(), clock.instant()).id();
        person("admin", UserType.ADMIN);
        role(person("inst", UserType.STUDENT), RoleType.INSTRUCTOR);
        role(person("ta", UserType.TA), RoleType.TA);
        role(person("stu", UserType.STUDENT), RoleType.STUDENT);
    }

    @Test
    void instructorsManageCriteriaThatReadersList() {
        Criterion code = criteria.create(INSTRUCTOR, course, a1, flexible("Code", "10"));
        Criterion style = criteria.create(ADMIN, course, a1, new CriterionChanges("Style", CriterionKind.RUBRIC, d("4"),
                null, null, null, null, null));
        assertEquals(List.of(code, style), criteria.list(TA, course, a1));
        assertEquals(style, criteria.get(TA, course, a1, style.id()));
        Criterion renamed = criteria.update(INSTRUCTOR, course, a1, code.id(), new CriterionChanges("Correctness", null,
                null, null, true, null, null, null));
        assertEquals("Correctness", renamed.name());
        assertTrue(renamed.definition().bonus());
        assertEquals(renamed, criteria.get(INSTRUCTOR, course, a1, code.id()));
        assertThrows(Conflict.class, () -> criteria.update(INSTRUCTOR, course, a1, code.id(), new CriterionChanges("Style",
                null, null, null, null, null, null, null)));
        assertThrows(Conflict.class, () -> criteria.create(INSTRUCTOR, course, a1, flexible("Style", "1")));
        assertEquals("assignment " + a1.value() + " has no criterion with id 99",
                assertThrows(NotFound.class, () -> criteria.get(TA, course, a1, 99)).getMessage());
        assertThrows(NotFound.class, () -> criteria.update(INSTRUCTOR, course, a1, 99, flexible("X", "1")));
        assertThrows(NotFound.class, () -> criteria.delete(INSTRUCTOR, course, a1, 99));
        for (Runnable refused : List.<Runnable>of(() -> criteria.create(TA, course, a1, flexible("T", "1")),
                () -> criteria.update(TA, course, a1, code.id(), flexible("T", "1")),
                () -> criteria.delete(TA, course, a1, code.id()), () -> criteria.list(STUDENT, course, a1),
                () -> criteria.get(STUDENT, course, a1, code.id()))) {
            assertThrows(Forbidden.class, refused::run);
        }
        criteria.delete(INSTRUCTOR, course, a1, style.id());
        assertEquals(List.of(code.id()), criteria.list(TA, course, a1).stream().map(Criterion::id).toList());
    }

    @Test
    void aMarkedCriterionCannotBeDeleted() {
        Criterion code = criteria.create(INSTRUCTOR, course, a1, flexible("Code", "10"));
        ResultRef result = collectedGroup("g1", "stu");
        marking.updateMarks(INSTRUCTOR, result, Map.of("Code", "4"));
        Conflict refused = assertThrows(Conflict.class, () -> criteria.delete(INSTRUCTOR, course, a1, code.id()));
        assertEquals("criterion Code holds marks and cannot be deleted", refused.getMessage());
        marking.updateMarks(INSTRUCTOR, result, Map.of("Code", "nil"));
        assertDoesNotThrow(() -> criteria.delete(INSTRUCTOR, course, a1, code.id()));
    }

    @Test
    void marksNeedACollectedSubmissionAndStopOnceComplete() {
        criteria.create(INSTRUCTOR, course, a1, flexible("Code", "10"));
        criteria.create(INSTRUCTOR, course, a1, new CriterionChanges("Tests", CriterionKind.CHECKBOX, d("2"), null, null,
                null, null, null));
        Group group = groups.create(a1, new GroupName("g0"), List.of(userId("stu")), clock.instant());
        ResultRef uncollected = new ResultRef(course, a1, group.id());
        assertEquals("No submission exists for group g0", assertThrows(NotFound.class, () ->
                marking.updateMarks(INSTRUCTOR, uncollected, Map.of("Code", "1"))).getMessage());
        assertThrows(NotFound.class, () -> marking.updateMarks(INSTRUCTOR, new ResultRef(course, a1, new GroupId(99)),
                Map.of("Code", "1")));

        ResultRef result = collectedGroup("g1", "inst");
        marking.updateMarks(ADMIN, result, Map.of("Code", "7.5"));
        marking.updateMarks(ADMIN, result, Map.of("Code", "7.5"));
        assertThrows(Unprocessable.class, () -> marking.updateMarks(ADMIN, result, Map.of("Tests", "1")));
        assertThrows(NotFound.class, () -> marking.updateMarks(ADMIN, result, Map.of("tests", "2")));
        Unprocessable unmarked = assertThrows(Unprocessable.class, () ->
                marking.updateState(INSTRUCTOR, result, MarkingState.COMPLETE));
        assertEquals("cannot complete the result: unmarked criteria Tests", unmarked.getMessage());

        marking.updateMarks(INSTRUCTOR, result, Map.of("Tests", "2"));
        marking.updateState(INSTRUCTOR, result, MarkingState.COMPLETE);
        marking.updateState(INSTRUCTOR, result, MarkingState.COMPLETE);
        assertEquals("Marking for that submission is already completed", assertThrows(NotFound.class, () ->
                marking.updateMarks(INSTRUCTOR, result, Map.of("Code", "1"))).getMessage());
        marking.updateState(INSTRUCTOR, result, MarkingState.INCOMPLETE);
        marking.updateMarks(INSTRUCTOR, result, Map.of("Code", "1"));
        assertEquals(d("3"), totals(result).total());

        for (Caller refused : List.of(TA, STUDENT)) {
            assertThrows(Forbidden.class, () -> marking.updateMarks(refused, result, Map.of("Code", "2")));
            assertThrows(Forbidden.class, () -> marking.updateState(refused, result, MarkingState.INCOMPLETE));
            assertThrows(Forbidden.class, () -> marking.addExtraMark(refused, result, extra("x", "1")));
            assertThrows(Forbidden.class, () -> marking.removeExtraMark(refused, result, extra("x", "1")));
        }
    }

    @Test
    void aResultCompletedWhileMarksWereCheckedKeepsItsMarks() {
        criteria.create(INSTRUCTOR, course, a1, flexible("Code", "10"));
        ResultRef result = collectedGroup("g1", "stu");
        markingStore.setState(submissions.findId(result.group()).orElseThrow(), MarkingState.COMPLETE, clock.instant());
        // a store whose first read still saw the result incomplete
        MarkingStore stale = (MarkingStore) Proxy.newProxyInstance(MarkingStore.class.getClassLoader(),
                new Class<?>[] {MarkingStore.class}, (proxy, method, args) -> method.getName().equals("marking")
                        ? Marking.NONE : method.invoke(markingStore, args));
        MarkingService racing = new MarkingService(stale, criterionStore, groups, submissions, users, gate, clock);
        assertEquals("Marking for that submission is already completed", assertThrows(NotFound.class, () ->
                racing.updateMarks(INSTRUCTOR, result, Map.of("Code", "3"))).getMessage());
        assertEquals(Map.of(), markingStore.marking(submissions.findId(result.group()).orElseThrow()).marks());
    }

    @Test
    void extraMarksCountInTheTotalAndAreRemovedByExactMatch() {
        criteria.create(INSTRUCTOR, course, a1, flexible("Code", "10"));
        ResultRef result = collectedGroup("g1", "stu");
        marking.updateMarks(INSTRUCTOR, result, Map.of("Code", "6"));
        marking.addExtraMark(INSTRUCTOR, result, extra("late", "-1"));
        marking.addExtraMark(INSTRUCTOR, result, extra("late", "-1"));
        marking.addExtraMark(INSTRUCTOR, result, new ExtraMark("effort", d("10"), ExtraMarkUnit.PERCENTAGE));
        assertEquals(new Totals(d("10"), d("6"), d("-1"), d("5")), totals(result));
        marking.removeExtraMark(INSTRUCTOR, result, extra("late", "-1.0"));
        assertEquals(d("6"), totals(result).total());
        NotFound none = assertThrows(NotFound.class, () -> marking.removeExtraMark(INSTRUCTOR, result, extra("late", "-2")));
        assertEquals("No Extra Mark exists with that description and value: late, -2", none.getMessage());
    }

    @Test
    void annotationsAreAddedAllOrNothingAndListedPerGroupOrAll() {
        ResultRef result = collectedGroup("g1", "stu");
        ResultRef other = collectedGroup("g2", "inst");
        AnnotationInput good = text("main.py", "Style");
        Unprocessable unknownFile = assertThrows(Unprocessable.class, () -> marking.add(INSTRUCTOR, result,
                List.of(good, text("nothere.py", null)), false));
        assertEquals("annotation 2: the submission has no file nothere.py", unknownFile.getMessage());
        assertThrows(Unprocessable.class, () -> marking.add(INSTRUCTOR, result, List.of(new AnnotationInput("main.py",
                "x", null, "TextAnnotation", Map.of("line_start", 1L))), false));
        assertThrows(Unprocessable.class, () -> marking.add(INSTRUCTOR, result, List.of(new AnnotationInput("main.py",
                "x", null, "Sticker", Map.of())), false));
        assertEquals(List.of(), marking.list(TA, course, a1, Optional.empty()));

        marking.add(INSTRUCTOR, result, List.of(good, text("src/util.py", null)), false);
        marking.add(ADMIN, other, List.of(text("util.py", "Logic")), false);
        List<Annotation> mine = marking.list(TA, course, a1, Optional.of(result.group()));
        assertEquals(List.of("src/main.py", "src/util.py"), mine.stream().map(a -> a.path().value()).toList());
        assertEquals(Optional.of("Style"), mine.get(0).category());
        assertEquals(userId("inst"), mine.get(0).creator());
        assertEquals(3, marking.list(INSTRUCTOR, course, a1, Optional.empty()).size());
        assertThrows(NotFound.class, () -> marking.list(TA, course, a1, Optional.of(new GroupId(99))));

        submissions.putWorkingFile(result.group(), file("lib/main.py"), clock.instant());
        submissions.collect(result.group(), clock.instant());
        assertEquals("annotation 1: the submission has 2 files named main.py; give its path", assertThrows(
                Unprocessable.class, () -> marking.add(INSTRUCTOR, result, List.of(good), false)).getMessage());
        marking.add(INSTRUCTOR, result, List.of(text("lib/main.py", null)), false);

        markingStore.setState(submissions.findId(result.group()).orElseThrow(), MarkingState.COMPLETE, clock.instant());
        assertThrows(NotFound.class, () -> marking.add(INSTRUCTOR, result, List.of(text("lib/main.py", null)), false));
        marking.add(INSTRUCTOR, result, List.of(text("lib/main.py", null)), true);
        assertEquals(2, marking.list(TA, course, a1, Optional.of(result.group())).size());
        assertThrows(Forbidden.class, () -> marking.add(TA, result, List.of(good), false));
        assertThrows(Forbidden.class, () -> marking.list(STUDENT, course, a1, Optional.empty()));
    }

    @Test
    void theGradesSummaryGivesEachStudentTheirGroupsTotalsAndMarks() {
        Criterion code = criteria.create(INSTRUCTOR, course, a1, flexible("Code", "10"));
        criteria.create(INSTRUCTOR, course, a1, new CriterionChanges("Peer", CriterionKind.FLEXIBLE, d("5"), null, null,
                false, true, null));
        Criterion bonus = criteria.create(INSTRUCTOR, course, a1, new CriterionChanges("Extra", CriterionKind.CHECKBOX,
                d("1"), null, true, null, null, null));
        ResultRef result = collectedGroup("g1", "stu");
        groups.create(a1, new GroupName("g2"), List.of(userId("inst")), clock.instant());
        marking.updateMarks(INSTRUCTOR, result, Map.of("Code", "8", "Extra", "1", "Peer", "5"));
        marking.addExtraMark(INSTRUCTOR, result, extra("late", "-2"));

        GradesSummary summary = marking.gradesSummary(TA, course, a1);
        assertEquals(List.of(code, bonus), summary.columns());
        assertEquals(d("10"), summary.outOf());
        List<SummaryRow> rows = new ArrayList<>();
        summary.rows(rows::add);
        assertEquals(List.of("inst", "stu"), rows.stream().map(r -> r.student().userName()).toList());
        assertEquals(Optional.empty(), rows.get(0).totals());
        assertEquals(List.of(Optional.empty(), Optional.empty()), rows.get(0).marks());
        assertEquals(Optional.of(new Totals(d("10"), d("9"), d("-2"), d("7"))), rows.get(1).totals());
        assertEquals(List.of(Optional.of(d("8")), Optional.of(d("1"))), rows.get(1).marks());
        assertThrows(Forbidden.class, () -> marking.gradesSummary(STUDENT, course, a1));
    }

    private Totals totals(ResultRef result) {
        List<SummaryRow> rows = new ArrayList<>();
        marking.gradesSummary(ADMIN, course, a1).rows(rows::add);
        return rows.stream().filter(r -> r.student().groupName().equals(groups.find(a1, result.group()).orElseThrow()
                .name().value())).findFirst().orElseThrow().totals().orElseThrow();
    }

    private ResultRef collectedGroup(String name, String student) {
        Group group = groups.create(a1, new GroupName(name), List.of(userId(student)), clock.instant());
        submissions.putWorkingFile(group.id(), file("src/main.py"), clock.instant());
        submissions.putWorkingFile(group.id(), file("src/util.py"), clock.instant());
        submissions.collect(group.id(), clock.instant());
        return new ResultRef(course, a1, group.id());
    }

    private static AnnotationInput text(String file, String category) {
        return new AnnotationInput(file, "look here", category, null,
                Map.of("line_start", 1L, "line_end", 2L, "column_start", 0L, "column_end", 4L));
    }

    private static SubmissionFile file(String path) {
        return new SubmissionFile(new SubmissionPath(path), new StoredBlob(new BlobId("b".repeat(64)), 1));
    }

    private static ExtraMark extra(String description, String points) {
        return new ExtraMark(description, d(points), ExtraMarkUnit.POINTS);
    }

    private static CriterionChanges flexible(String name, String max) {
        return new CriterionChanges(name, CriterionKind.FLEXIBLE, d(max), null, null, null, null, null);
    }

    private static BigDecimal d(String text) {
        return Points.of(new BigDecimal(text));
    }

    private UserId person(String name, UserType type) {
        return users.create(new NewUser(new UserName(name), type, new PersonalDetails("F", "L", null, null, 0)),
                clock.instant()).id();
    }

    private UserId userId(String name) {
        return users.findByName(new UserName(name)).orElseThrow().id();
    }

    private void role(UserId user, RoleType type) {
        roster.createRole(new RoleGrant(course, user, type, Optional.empty(), 0, false), clock.instant());
    }
}
