package org.courseport.application.gradeentry;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.application.roster.EnterCourse;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.gradeentry.GradeEntryForm;
import org.courseport.domain.gradeentry.GradeEntryFormChanges;
import org.courseport.domain.gradeentry.GradeEntryItem;
import org.courseport.domain.gradeentry.GradeEntryStore;
import org.courseport.domain.roster.CourseAccess;
import org.courseport.domain.roster.CourseAction;
import org.courseport.domain.roster.Role;
import org.courseport.domain.roster.RoleType;
import org.courseport.domain.roster.RosterStore;

/** Marks spreadsheets: each call enters the course first (404, then 403), then finds the form in it (404). */
public final class GradeEntryFormService implements ManageGradeEntryForms {
    private final GradeEntryStore store;
    private final RosterStore roster;
    private final EnterCourse gate;
    private final Clock clock;

    public GradeEntryFormService(GradeEntryStore store, RosterStore roster, EnterCourse gate, Clock clock) {
        this.store = store;
        this.roster = roster;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public GradeEntryForm create(Caller caller, GradeEntryForm draft) {
        gate.enter(caller, draft.course(), CourseAction.MANAGE);
        return store.create(draft, clock.instant());
    }

    @Override
    public List<GradeEntryForm> forms(Caller caller, CourseId course) {
        gate.enter(caller, course, CourseAction.MANAGE);
        return store.forms(course);
    }

    @Override
    public GradeEntryForm form(Caller caller, GradeEntryFormRef form) {
        return enter(caller, form);
    }

    @Override
    public GradeEntryForm update(Caller caller, GradeEntryFormRef form, GradeEntryFormChanges changes) {
        return store.update(enter(caller, form).changed(changes), clock.instant());
    }

    @Override
    public void updateGrades(Caller caller, GradeEntryFormRef ref, GradeUpdate update) {
        GradeEntryForm form = enter(caller, ref);
        Role student = roster.findRole(ref.course(), update.student()).filter(role -> role.type() == RoleType.STUDENT)
                .orElseThrow(() -> Unprocessable.field("user_name", "the course has no student named " + update.student()));
        Map<Long, Optional<Double>> grades = new LinkedHashMap<>();
        update.grades().forEach((name, grade) -> {
            GradeEntryItem item = form.item(name).orElseThrow(() ->
                    Unprocessable.field("grade_entry_items", "the spreadsheet has no item named " + name));
            item.check(grade);
            grades.put(item.id(), grade);
        });
        store.putGrades(form.id(), student.id(), grades, clock.instant());
    }

    @Override
    public GradeEntrySheet sheet(Caller caller, GradeEntryFormRef ref) {
        GradeEntryForm form = enter(caller, ref);
        return new GradeEntrySheet(form, sink -> store.eachStudent(form, sink));
    }

    @Override
    public List<GradeEntryForm> listedWithAssignments(CourseAccess access) {
        boolean student = access.role().filter(role -> role.type() == RoleType.STUDENT).isPresent();
        return store.forms(access.course()).stream().filter(form -> !student || !form.hidden()).toList();
    }

    private GradeEntryForm enter(Caller caller, GradeEntryFormRef ref) {
        gate.enter(caller, ref.course(), CourseAction.MANAGE);
        return store.find(ref.course(), ref.form()).orElseThrow(() ->
                new NotFound("the course has no marks spreadsheet with id " + ref.form()));
    }
}
