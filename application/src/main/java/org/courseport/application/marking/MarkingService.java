package org.courseport.application.marking;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.application.roster.EnterCourse;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.GroupStore;
import org.courseport.domain.grading.Submission;
import org.courseport.domain.grading.SubmissionFile;
import org.courseport.domain.grading.SubmissionId;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.grading.SubmissionStore;
import org.courseport.domain.marking.Annotation;
import org.courseport.domain.marking.AnnotationKind;
import org.courseport.domain.marking.AnnotationLocation;
import org.courseport.domain.marking.CriterionStore;
import org.courseport.domain.marking.ExtraMark;
import org.courseport.domain.marking.Marking;
import org.courseport.domain.marking.MarkingState;
import org.courseport.domain.marking.MarkingStore;
import org.courseport.domain.marking.NewAnnotation;
import org.courseport.domain.roster.CourseAction;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserStore;

/** Marks, marking state, extra marks, annotations and the grades summary, on groups' collected submissions. */
public final class MarkingService implements MarkResults, AnnotateResults, ReadGradesSummary {
    private final MarkingStore marking;
    private final CriterionStore criteria;
    private final GroupStore groups;
    private final SubmissionStore submissions;
    private final UserStore users;
    private final EnterCourse gate;
    private final Clock clock;

    public MarkingService(MarkingStore marking, CriterionStore criteria, GroupStore groups, SubmissionStore submissions,
                          UserStore users, EnterCourse gate, Clock clock) {
        this.marking = marking;
        this.criteria = criteria;
        this.groups = groups;
        this.submissions = submissions;
        this.users = users;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public void updateMarks(Caller caller, ResultRef result, Map<String, String> marks) {
        SubmissionId submission = enter(caller, result);
        marking.marking(submission).requireIncomplete();
        // checked again under the store's lock: the result may have been completed since
        if (!marking.setMarks(submission, Marking.changes(criteria.list(result.assignment()), marks), clock.instant())) {
            throw Marking.completed();
        }
    }

    @Override
    public void updateState(Caller caller, ResultRef result, MarkingState state) {
        SubmissionId submission = enter(caller, result);
        if (state == MarkingState.COMPLETE) {
            marking.marking(submission).requireCompletable(criteria.list(result.assignment()));
        }
        marking.setState(submission, state, clock.instant());
    }

    @Override
    public void addExtraMark(Caller caller, ResultRef result, ExtraMark extra) {
        marking.addExtraMark(enter(caller, result), extra, clock.instant());
    }

    @Override
    public void removeExtraMark(Caller caller, ResultRef result, ExtraMark extra) {
        if (!marking.removeExtraMark(enter(caller, result), extra)) {
            throw new NotFound("No Extra Mark exists with that description and value: "
                    + extra.description() + ", " + extra.amount().toPlainString());
        }
    }

    @Override
    public void add(Caller caller, ResultRef result, List<AnnotationInput> annotations, boolean forceComplete) {
        gate.enter(caller, result.course(), result.assignment(), CourseAction.MARK);
        Submission submission = submission(result);
        if (!forceComplete && marking.marking(submission.id()).state() == MarkingState.COMPLETE) {
            throw Marking.completed();
        }
        UserId creator = users.findByName(caller.name()).orElseThrow(() ->
                new IllegalStateException("the caller " + caller.name() + " is not a stored user")).id();
        List<NewAnnotation> made = new ArrayList<>();
        for (int i = 0; i < annotations.size(); i++) {
            AnnotationInput input = annotations.get(i);
            try {
                made.add(new NewAnnotation(file(submission, input.filename()), input.content(),
                        Optional.ofNullable(input.category()),
                        new AnnotationLocation(AnnotationKind.parse(input.type()), input.location()), creator));
            } catch (Unprocessable | InvalidInput e) {
                throw new Unprocessable("annotation " + (i + 1) + ": " + e.getMessage());
            }
        }
        marking.addAnnotations(result.assignment(), submission.group(), submission.id(), made, clock.instant());
    }

    @Override
    public List<Annotation> list(Caller caller, CourseId course, AssignmentId assignment, Optional<GroupId> group) {
        gate.enter(caller, course, assignment, CourseAction.READ);
        group.ifPresent(id -> group(assignment, id));
        return marking.annotations(assignment, group);
    }

    @Override
    public GradesSummary gradesSummary(Caller caller, CourseId course, AssignmentId assignment) {
        gate.enter(caller, course, assignment, CourseAction.READ);
        return new GradesSummary(assignment, criteria.list(assignment), marking);
    }

    /** Enters the course to mark and finds the group's collected submission. */
    private SubmissionId enter(Caller caller, ResultRef result) {
        gate.enter(caller, result.course(), result.assignment(), CourseAction.MARK);
        Group group = group(result.assignment(), result.group());
        return submissions.findId(group.id()).orElseThrow(() -> noSubmission(group));
    }

    private Submission submission(ResultRef result) {
        Group group = group(result.assignment(), result.group());
        return submissions.find(group.id()).orElseThrow(() -> noSubmission(group));
    }

    private Group group(AssignmentId assignment, GroupId id) {
        return groups.find(assignment, id).orElseThrow(() ->
                new NotFound("assignment " + assignment.value() + " has no group with id " + id.value()));
    }

    private static NotFound noSubmission(Group group) {
        return new NotFound("No submission exists for group " + group.name());
    }

    /** The submitted file a name means: its path, else its base name when exactly one file has it. */
    private static SubmissionPath file(Submission submission, String name) {
        if (name == null || name.isBlank()) {
            throw new Unprocessable("filename is required");
        }
        List<SubmissionPath> matches = submission.files().stream().map(SubmissionFile::path)
                .filter(path -> path.value().equals(name)).toList();
        if (matches.isEmpty()) {
            matches = submission.files().stream().map(SubmissionFile::path)
                    .filter(path -> path.fileName().equals(name)).toList();
        }
        if (matches.size() != 1) {
            throw new Unprocessable(matches.isEmpty() ? "the submission has no file " + name
                    : "the submission has " + matches.size() + " files named " + name + "; give its path");
        }
        return matches.get(0);
    }
}
