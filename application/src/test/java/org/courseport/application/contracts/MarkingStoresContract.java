package org.courseport.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentEdit;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.AssignmentSchema;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.GroupStore;
import org.courseport.domain.grading.Submission;
import org.courseport.domain.grading.SubmissionFile;
import org.courseport.domain.grading.SubmissionId;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.grading.SubmissionStore;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.marking.Annotation;
import org.courseport.domain.marking.AnnotationKind;
import org.courseport.domain.marking.AnnotationLocation;
import org.courseport.domain.marking.Criterion;
import org.courseport.domain.marking.CriterionDefinition;
import org.courseport.domain.marking.CriterionKind;
import org.courseport.domain.marking.CriterionStore;
import org.courseport.domain.marking.ExtraMark;
import org.courseport.domain.marking.ExtraMarkUnit;
import org.courseport.domain.marking.Marking;
import org.courseport.domain.marking.MarkingState;
import org.courseport.domain.marking.MarkingStore;
import org.courseport.domain.marking.NewAnnotation;
import org.courseport.domain.marking.Points;
import org.courseport.domain.marking.RubricLevel;
import org.courseport.domain.marking.StudentMarks;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.roster.RoleGrant;
import org.courseport.domain.roster.RoleType;
import org.courseport.domain.roster.RosterStore;
import org.courseport.domain.roster.Section;
import org.courseport.domain.roster.SectionName;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserStore;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

/** What the marking stores keep: criteria, and on each collected submission its marks, state, extra marks, annotations. */
public abstract class MarkingStoresContract {
    protected static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");

    /** Empty stores, new for each test. */
    protected abstract UserStore users();

    protected abstract AssignmentStore assignments();

    protected abstract GroupStore groups();

    protected abstract SubmissionStore submissions();

    protected abstract RosterStore roster();

    protected abstract CriterionStore criteria();

    protected abstract MarkingStore marking();

    @Test
    void criteriaKeepTheirDefinitionAndAUniqueNamePerAssignment() {
        Assignment a1 = assignment("A1");
        Assignment a2 = assignment("A2");
        CriterionDefinition rubric = new CriterionDefinition("Style", CriterionKind.RUBRIC, d("1.5"), "how it reads", false,
                true, true, null);
        Criterion style = criteria().create(a1.id(), rubric, NOW);
        assertEquals(new Criterion(style.id(), a1.id(), rubric), style);
        Criterion code = criteria().create(a1.id(), flexible("Code", "10"), NOW);
        criteria().create(a2.id(), flexible("Style", "2"), NOW);
        assertEquals(List.of(style, code), criteria().list(a1.id()));
        assertEquals(Optional.of(code), criteria().find(a1.id(), code.id()));
        assertEquals(Optional.empty(), criteria().find(a2.id(), code.id()));
        assertThrows(Conflict.class, () -> criteria().create(a1.id(), flexible("Style", "1"), NOW));

        CriterionDefinition changed = new CriterionDefinition("Style", CriterionKind.RUBRIC, d("2"), "", true, false, false,
                List.of(new RubricLevel("No", "none", d("0")), new RubricLevel("Yes", "all", d("2"))));
        assertEquals(new Criterion(style.id(), a1.id(), changed),
                criteria().update(new Criterion(style.id(), a1.id(), changed), NOW));
        assertEquals(changed, criteria().find(a1.id(), style.id()).orElseThrow().definition());
        assertThrows(Conflict.class, () -> criteria().update(new Criterion(code.id(), a1.id(), flexible("Style", "1")), NOW));
        CriterionDefinition box = new CriterionDefinition("Box", CriterionKind.CHECKBOX, d("1"), "", false, true, false, null);
        assertEquals(box, criteria().update(new Criterion(code.id(), a1.id(), box), NOW).definition());
        assertEquals(box, criteria().find(a1.id(), code.id()).orElseThrow().definition());

        assertFalse(criteria().delete(a2.id(), style.id()));
        assertTrue(criteria().delete(a1.id(), style.id()));
        assertEquals(List.of(code.id()), criteria().list(a1.id()).stream().map(Criterion::id).toList());
    }

    @Test
    void marksAreSetAndRemovedPerResultAndCriterion() {
        Submission result = collected("A1", "s1");
        Criterion code = criteria().create(assignmentOf(result), flexible("Code", "10"), NOW);
        Criterion style = criteria().create(assignmentOf(result), flexible("Style", "4"), NOW);
        assertEquals(Marking.NONE, marking().marking(result.id()));
        assertFalse(criteria().isMarked(code.id()));

        marking().setMarks(result.id(), Map.of(code.id(), Optional.of(d("7.25")), style.id(), Optional.of(d("0.375"))), NOW);
        assertTrue(marking().setMarks(result.id(), Map.of(code.id(), Optional.of(d("8"))), NOW));
        assertEquals(Map.of(code.id(), d("8"), style.id(), d("0.375")), marking().marking(result.id()).marks());
        assertTrue(criteria().isMarked(code.id()));
        marking().setMarks(result.id(), Map.of(style.id(), Optional.empty()), NOW);
        marking().setMarks(result.id(), Map.of(style.id(), Optional.empty()), NOW);
        assertEquals(Map.of(code.id(), d("8")), marking().marking(result.id()).marks());
        assertFalse(criteria().isMarked(style.id()));

        marking().setState(result.id(), MarkingState.COMPLETE, NOW);
        marking().setState(result.id(), MarkingState.COMPLETE, NOW);
        assertEquals(new Marking(MarkingState.COMPLETE, Map.of(code.id(), d("8")), List.of()), marking().marking(result.id()));
        assertFalse(marking().setMarks(result.id(), Map.of(code.id(), Optional.of(d("1")), style.id(), Optional.of(d("1"))),
                NOW), "a complete result keeps its marks");
        assertEquals(Map.of(code.id(), d("8")), marking().marking(result.id()).marks());
        marking().setState(result.id(), MarkingState.INCOMPLETE, NOW);
        assertEquals(MarkingState.INCOMPLETE, marking().marking(result.id()).state());
    }

    @Test
    void extraMarksAreKeptWithDuplicatesAndRemovedOneExactMatchAtATime() {
        Submission result = collected("A1", "s1");
        Submission other = collected("A2", "s2");
        ExtraMark late = new ExtraMark("late", d("-2"), ExtraMarkUnit.POINTS);
        ExtraMark bonus = new ExtraMark("bonus", d("12.5"), ExtraMarkUnit.PERCENTAGE);
        marking().addExtraMark(result.id(), late, NOW);
        marking().addExtraMark(result.id(), late, NOW);
        marking().addExtraMark(result.id(), bonus, NOW);
        assertEquals(List.of(late, late, bonus), marking().marking(result.id()).extras());
        assertEquals(List.of(), marking().marking(other.id()).extras());

        assertFalse(marking().removeExtraMark(result.id(), new ExtraMark("late", d("-3"), ExtraMarkUnit.POINTS)));
        assertFalse(marking().removeExtraMark(result.id(), new ExtraMark("bonus", d("12.5"), ExtraMarkUnit.POINTS)));
        assertFalse(marking().removeExtraMark(other.id(), late));
        assertTrue(marking().removeExtraMark(result.id(), new ExtraMark("late", new BigDecimal("-2.00"), ExtraMarkUnit.POINTS)));
        assertEquals(List.of(late, bonus), marking().marking(result.id()).extras());
    }

    @Test
    void annotationsRoundTripWithTheirCategoryAndLocation() {
        Submission result = collected("A1", "s1");
        Submission other = collected("A1", "s2");
        UserId creator = student("marker");
        AnnotationLocation lines = new AnnotationLocation(AnnotationKind.TEXT,
                Map.of("line_start", 1L, "line_end", 3L, "column_start", 0L, "column_end", 12L));
        AnnotationLocation page = new AnnotationLocation(AnnotationKind.PDF,
                Map.of("x1", 10L, "y1", 20L, "x2", 30L, "y2", 40L, "page", 2L));
        SubmissionPath path = new SubmissionPath("src/a.txt");
        marking().addAnnotations(assignmentOf(result), result.group(), result.id(), List.of(
                new NewAnnotation(path, "too long", Optional.of("Style"), lines, creator),
                new NewAnnotation(path, "see here", Optional.empty(), page, creator)), NOW);
        marking().addAnnotations(assignmentOf(other), other.group(), other.id(), List.of(
                new NewAnnotation(path, "again", Optional.of("Style"), lines, creator)), NOW);

        List<Annotation> mine = marking().annotations(assignmentOf(result), Optional.of(result.group()));
        assertEquals(2, mine.size());
        Annotation first = mine.get(0);
        assertEquals(new Annotation(first.id(), result.group(), path, "too long", Optional.of("Style"), lines, creator), first);
        assertEquals(new Annotation(mine.get(1).id(), result.group(), path, "see here", Optional.empty(), page, creator),
                mine.get(1));
        List<Annotation> all = marking().annotations(assignmentOf(result), Optional.empty());
        assertEquals(3, all.size());
        assertEquals(List.of(result.group(), result.group(), other.group()), all.stream().map(Annotation::group).toList());
        assertEquals(List.of(), marking().annotations(assignment("A9").id(), Optional.empty()));
    }

    @Test
    void aNewCollectStartsTheMarkingAfresh() {
        Submission result = collected("A1", "s1");
        Criterion code = criteria().create(assignmentOf(result), flexible("Code", "10"), NOW);
        marking().setMarks(result.id(), Map.of(code.id(), Optional.of(d("3"))), NOW);
        marking().addExtraMark(result.id(), new ExtraMark("x", d("1"), ExtraMarkUnit.POINTS), NOW);
        marking().setState(result.id(), MarkingState.COMPLETE, NOW);
        marking().addAnnotations(assignmentOf(result), result.group(), result.id(), List.of(new NewAnnotation(
                new SubmissionPath("src/a.txt"), "n", Optional.empty(), new AnnotationLocation(AnnotationKind.IMAGE,
                Map.of("x1", 1L, "y1", 1L, "x2", 2L, "y2", 2L)), student("m"))), NOW);

        Submission again = submissions().collect(result.group(), NOW.plusSeconds(1));

        assertEquals(Marking.NONE, marking().marking(again.id()));
        assertEquals(List.of(), marking().annotations(assignmentOf(result), Optional.of(result.group())));
    }

    @Test
    void theSummaryListsGroupedStudentsByUserNameWithTheirSectionAndMarking() {
        Assignment a1 = assignment("A1");
        Criterion code = criteria().create(a1.id(), flexible("Code", "10"), NOW);
        Section lec = roster().createSection(CourseId.DEFAULT, new SectionName("LEC0101"), NOW);
        UserId carol = student("carol");
        UserId alice = student("alice");
        UserId bob = student("bob");
        student("dave");
        roster().createRole(new RoleGrant(CourseId.DEFAULT, alice, RoleType.STUDENT, Optional.of(lec), 0, false), NOW);
        Group g1 = groups().create(a1.id(), new GroupName("g1"), List.of(carol, alice), NOW);
        groups().create(a1.id(), new GroupName("g2"), List.of(bob), NOW);
        submissions().putWorkingFile(g1.id(), file("src/a.txt"), NOW);
        SubmissionId result = submissions().collect(g1.id(), NOW).id();
        marking().setMarks(result, Map.of(code.id(), Optional.of(d("6"))), NOW);
        marking().addExtraMark(result, new ExtraMark("late", d("-1"), ExtraMarkUnit.POINTS), NOW);

        List<StudentMarks> rows = new ArrayList<>();
        marking().summary(a1.id(), rows::add);

        Marking g1Marking = new Marking(MarkingState.INCOMPLETE, Map.of(code.id(), d("6")),
                List.of(new ExtraMark("late", d("-1"), ExtraMarkUnit.POINTS)));
        assertEquals(List.of(
                new StudentMarks("g1", "alice", Optional.of("LEC0101"), "Last", "First", Optional.of("alice@example.org"),
                        Optional.of(g1Marking)),
                new StudentMarks("g2", "bob", Optional.empty(), "Last", "First", Optional.of("bob@example.org"),
                        Optional.empty()),
                new StudentMarks("g1", "carol", Optional.empty(), "Last", "First", Optional.of("carol@example.org"),
                        Optional.of(g1Marking))), rows);
        List<StudentMarks> none = new ArrayList<>();
        marking().summary(assignment("A2").id(), none::add);
        assertEquals(List.of(), none);
    }

    protected Assignment assignment(String name) {
        return assignments().create(AssignmentEdit.of(Map.of("short_identifier", name, "due_date", "2026-10-01",
                "group_max", "3")).create(), NOW);
    }

    protected UserId student(String name) {
        return users().create(new NewUser(new UserName(name), UserType.STUDENT,
                new PersonalDetails("First", "Last", name + "@example.org", null, 0)), NOW).id();
    }

    /** A submission collected for a new group (of a new student) of the assignment, made if new. */
    protected Submission collected(String assignmentName, String studentName) {
        Assignment assignment = assignments().findByShortIdentifier(new ShortIdentifier(
                assignmentName)).orElseGet(() -> assignment(assignmentName));
        Group group = groups().create(assignment.id(), new GroupName("g-" + studentName), List.of(student(studentName)), NOW);
        submissions().putWorkingFile(group.id(), file("src/a.txt"), NOW);
        return submissions().collect(group.id(), NOW);
    }

    /** The assignment whose group the submission is of. */
    private AssignmentId assignmentOf(Submission submission) {
        List<AssignmentId> found = new ArrayList<>();
        assignments().list(CourseId.DEFAULT, CollectionQuery.all(AssignmentSchema.SCHEMA)).rows().forEach(a -> {
            if (groups().find(a.id(), submission.group()).isPresent()) {
                found.add(a.id());
            }
        });
        return found.get(0);
    }

    private static SubmissionFile file(String path) {
        return new SubmissionFile(new SubmissionPath(path), new StoredBlob(new BlobId("a".repeat(64)), 1));
    }

    private static CriterionDefinition flexible(String name, String max) {
        return new CriterionDefinition(name, CriterionKind.FLEXIBLE, d(max), "", false, true, false, null);
    }

    private static BigDecimal d(String text) {
        return Points.of(new BigDecimal(text));
    }
}
