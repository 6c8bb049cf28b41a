package org.courseport.adapters.persistence.gradeentry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.courseport.adapters.persistence.database.SqlErrors;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.gradeentry.GradeEntryForm;
import org.courseport.domain.gradeentry.GradeEntryItem;
import org.courseport.domain.gradeentry.GradeEntryStore;
import org.courseport.domain.gradeentry.StudentGrades;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.user.UserName;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Marks spreadsheets in {@code grade_entry_forms}, their columns in {@code grade_entry_items} and grades in
 * {@code grade_entry_grades}, keyed by the student's role. Rows are the course's roles, joined to the grades.
 */
public final class JdbiGradeEntryStore implements GradeEntryStore {
    private static final int FETCH_SIZE = 500;
    /** Each visible student of the course with their grades on one form, one result row per grade (or none). */
    private static final String ROWS = """
            select r.id as role_id, u.user_name, u.first_name, u.last_name, u.email, s.name as section_name,
                   g.item_id, g.grade
            from roles r
            join users u on u.id = r.user_id
            left join sections s on s.id = r.section_id
            left join (select gg.role_id, gg.item_id, gg.grade from grade_entry_grades gg
                       join grade_entry_items i on i.id = gg.item_id where i.form_id = :form) g on g.role_id = r.id
            where r.course_id = :course and r.type = 'Student' and not r.hidden
            order by u.user_name, r.id""";

    private final Jdbi jdbi;

    public JdbiGradeEntryStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public GradeEntryForm create(GradeEntryForm form, Instant now) {
        return SqlErrors.conflictOn(taken(form), () -> jdbi.inTransaction(h -> {
            long id = h.createUpdate("""
                            insert into grade_entry_forms (course_id, short_identifier, description, due_date, is_hidden,
                                                           show_total, created_at, updated_at)
                            values (:course, :short, :description, :due, :hidden, :total, :now, :now)""")
                    .bind("course", form.course().value()).bind("short", form.shortIdentifier().value())
                    .bind("description", form.description()).bind("due", Timestamps.toDb(form.dueDate().orElse(null)))
                    .bind("hidden", form.hidden()).bind("total", form.showTotal()).bind("now", Timestamps.toDb(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            writeItems(h, id, form.items());
            return load(h, form.course(), id).orElseThrow();
        }));
    }

    @Override
    public Optional<GradeEntryForm> find(CourseId course, long id) {
        return jdbi.withHandle(h -> load(h, course, id));
    }

    @Override
    public List<GradeEntryForm> forms(CourseId course) {
        return jdbi.withHandle(h -> {
            Map<Long, List<GradeEntryItem>> items = new HashMap<>();
            h.createQuery("""
                            select i.* from grade_entry_items i join grade_entry_forms f on f.id = i.form_id
                            where f.course_id = :course order by i.form_id, i.position""")
                    .bind("course", course.value())
                    .map((rs, ctx) -> Map.entry(rs.getLong("form_id"), item(rs)))
                    .forEach(e -> items.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            return h.createQuery("select * from grade_entry_forms where course_id = :course order by id")
                    .bind("course", course.value())
                    .map((rs, ctx) -> form(rs, items.getOrDefault(rs.getLong("id"), List.of()))).list();
        });
    }

    /** The form's row is locked first, so two updates of one form do not interleave their items. */
    @Override
    public GradeEntryForm update(GradeEntryForm form, Instant now) {
        return SqlErrors.conflictOn(taken(form), () -> jdbi.inTransaction(h -> {
            h.createQuery("select id from grade_entry_forms where id = :id for update").bind("id", form.id())
                    .mapTo(Long.class).findOne().orElseThrow(() -> new NotFound("no marks spreadsheet has id " + form.id()));
            h.createUpdate("""
                            update grade_entry_forms set short_identifier = :short, description = :description,
                                   due_date = :due, is_hidden = :hidden, show_total = :total, updated_at = :now
                            where id = :id""")
                    .bind("short", form.shortIdentifier().value()).bind("description", form.description())
                    .bind("due", Timestamps.toDb(form.dueDate().orElse(null))).bind("hidden", form.hidden())
                    .bind("total", form.showTotal()).bind("now", Timestamps.toDb(now)).bind("id", form.id()).execute();
            writeItems(h, form.id(), form.items());
            return load(h, form.course(), form.id()).orElseThrow();
        }));
    }

    /**
     * The student's role row is locked first, so concurrent updates of one student (a retried request) run one
     * after the other, and each update-else-insert sees the rows the other wrote.
     */
    @Override
    public void putGrades(long form, long role, Map<Long, Optional<Double>> grades, Instant now) {
        jdbi.useTransaction(h -> {
            h.createQuery("select id from roles where id = :role for update").bind("role", role).mapTo(Long.class).list();
            grades.forEach((item, grade) -> {
                if (grade.isEmpty()) {
                    h.createUpdate("delete from grade_entry_grades where item_id = :item and role_id = :role")
                            .bind("item", item).bind("role", role).execute();
                    return;
                }
                int changed = h.createUpdate("""
                                update grade_entry_grades set grade = :grade, updated_at = :now
                                where item_id = :item and role_id = :role""")
                        .bind("grade", grade.get()).bind("now", Timestamps.toDb(now)).bind("item", item).bind("role", role)
                        .execute();
                if (changed == 0) {
                    h.createUpdate("""
                                    insert into grade_entry_grades (item_id, role_id, grade, updated_at)
                                    values (:item, :role, :grade, :now)""")
                            .bind("grade", grade.get()).bind("now", Timestamps.toDb(now)).bind("item", item)
                            .bind("role", role).execute();
                }
            });
        });
    }

    /** Streams inside a transaction, so PostgreSQL fetches the rows in batches rather than all at once. */
    @Override
    public void eachStudent(GradeEntryForm form, Consumer<? super StudentGrades> sink) {
        jdbi.useTransaction(h -> h.createQuery(ROWS).bind("form", form.id()).bind("course", form.course().value())
                .setFetchSize(FETCH_SIZE)
                .map((rs, ctx) -> new GradeRow(rs.getLong("role_id"), student(rs, Map.of()),
                        rs.getObject("item_id") == null ? null : rs.getLong("item_id"), rs.getDouble("grade")))
                .useIterator(rows -> group(rows, sink)));
    }

    /** One result row: a student and at most one of their grades. */
    private record GradeRow(long role, StudentGrades student, Long item, double grade) {
    }

    /** Folds the consecutive result rows of one role into one student's row. */
    private static void group(Iterator<GradeRow> rows, Consumer<? super StudentGrades> sink) {
        GradeRow first = null;
        Map<Long, Double> grades = new HashMap<>();
        while (rows.hasNext()) {
            GradeRow row = rows.next();
            if (first != null && first.role() != row.role()) {
                sink.accept(withGrades(first.student(), grades));
                grades.clear();
            }
            if (first == null || first.role() != row.role()) {
                first = row;
            }
            if (row.item() != null) {
                grades.put(row.item(), row.grade());
            }
        }
        if (first != null) {
            sink.accept(withGrades(first.student(), grades));
        }
    }

    private static StudentGrades withGrades(StudentGrades student, Map<Long, Double> grades) {
        return new StudentGrades(student.userName(), student.lastName(), student.firstName(), student.email(),
                student.section(), grades);
    }

    /** Changes the items with an id (in this form: else not found) and appends the others after the last. */
    private static void writeItems(Handle h, long form, List<GradeEntryItem> items) {
        int position = h.createQuery("select coalesce(max(position), 0) from grade_entry_items where form_id = :form")
                .bind("form", form).mapTo(Integer.class).one();
        for (GradeEntryItem item : items) {
            if (item.id() == 0) {
                h.createUpdate("""
                                insert into grade_entry_items (form_id, position, name, out_of, bonus)
                                values (:form, :position, :name, :outOf, :bonus)""")
                        .bind("form", form).bind("position", ++position).bind("name", item.name())
                        .bind("outOf", item.outOf()).bind("bonus", item.bonus()).execute();
                continue;
            }
            int changed = h.createUpdate("""
                            update grade_entry_items set name = :name, out_of = :outOf, bonus = :bonus
                            where id = :id and form_id = :form""")
                    .bind("name", item.name()).bind("outOf", item.outOf()).bind("bonus", item.bonus())
                    .bind("id", item.id()).bind("form", form).execute();
            if (changed == 0) {
                throw new NotFound("the spreadsheet has no grade entry item with id " + item.id());
            }
        }
    }

    private static Optional<GradeEntryForm> load(Handle h, CourseId course, long id) {
        List<GradeEntryItem> items = h.createQuery("select * from grade_entry_items where form_id = :id order by position")
                .bind("id", id).map((rs, ctx) -> item(rs)).list();
        return h.createQuery("select * from grade_entry_forms where id = :id and course_id = :course")
                .bind("id", id).bind("course", course.value()).map((rs, ctx) -> form(rs, items)).findOne();
    }

    private static String taken(GradeEntryForm form) {
        return "the course already has a marks spreadsheet " + form.shortIdentifier()
                + ", or two of its items would share a name";
    }

    private static GradeEntryForm form(ResultSet rs, List<GradeEntryItem> items) throws SQLException {
        return new GradeEntryForm(rs.getLong("id"), new CourseId(rs.getLong("course_id")),
                new ShortIdentifier(rs.getString("short_identifier")), rs.getString("description"),
                Optional.ofNullable(Timestamps.fromDb(rs, "due_date")), rs.getBoolean("is_hidden"),
                rs.getBoolean("show_total"), items);
    }

    private static GradeEntryItem item(ResultSet rs) throws SQLException {
        return new GradeEntryItem(rs.getLong("id"), rs.getString("name"), rs.getDouble("out_of"), rs.getBoolean("bonus"));
    }

    private static StudentGrades student(ResultSet rs, Map<Long, Double> grades) throws SQLException {
        return new StudentGrades(new UserName(rs.getString("user_name")), rs.getString("last_name"),
                rs.getString("first_name"), Optional.ofNullable(rs.getString("email")),
                Optional.ofNullable(rs.getString("section_name")), grades);
    }
}
