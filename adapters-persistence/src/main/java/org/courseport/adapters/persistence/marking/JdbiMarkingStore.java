package org.courseport.adapters.persistence.marking;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.courseport.adapters.persistence.database.SqlErrors;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.SubmissionId;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.marking.Annotation;
import org.courseport.domain.marking.AnnotationKind;
import org.courseport.domain.marking.AnnotationLocation;
import org.courseport.domain.marking.ExtraMark;
import org.courseport.domain.marking.ExtraMarkUnit;
import org.courseport.domain.marking.Marking;
import org.courseport.domain.marking.MarkingState;
import org.courseport.domain.marking.MarkingStore;
import org.courseport.domain.marking.NewAnnotation;
import org.courseport.domain.marking.StudentMarks;
import org.courseport.domain.user.UserId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Results' marking in {@code results}, {@code marks}, {@code extra_marks}, {@code annotations} and
 * {@code annotation_categories}; every row hangs on its submission and goes when it is replaced.
 */
public final class JdbiMarkingStore implements MarkingStore {
    /** Rows the grades summary reads from the database at a time. */
    private static final int FETCH_SIZE = 500;
    /** Enough for a first write racing another first write of the same result or category. */
    private static final int ATTEMPTS = 5;

    private final Jdbi jdbi;

    public JdbiMarkingStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Marking marking(SubmissionId submission) {
        return jdbi.withHandle(h -> {
            MarkingState state = h.createQuery("select marking_state from results where submission_id = :s")
                    .bind("s", submission.value()).mapTo(String.class).findOne().map(MarkingState::parse)
                    .orElse(MarkingState.INCOMPLETE);
            Map<Long, BigDecimal> marks = new HashMap<>();
            h.createQuery("select criterion_id, mark from marks where submission_id = :s").bind("s", submission.value())
                    .map((rs, ctx) -> Map.entry(rs.getLong("criterion_id"), rs.getBigDecimal("mark")))
                    .forEach(e -> marks.put(e.getKey(), e.getValue()));
            List<ExtraMark> extras = h.createQuery("select * from extra_marks where submission_id = :s order by id")
                    .bind("s", submission.value()).map((rs, ctx) -> extra(rs, "description", "extra_mark", "unit")).list();
            return new Marking(state, marks, extras);
        });
    }

    @Override
    public boolean setMarks(SubmissionId submission, Map<Long, Optional<BigDecimal>> changes, Instant now) {
        return retrying(() -> jdbi.inTransaction(h -> {
            if (lockResult(h, submission, Optional.empty(), now) == MarkingState.COMPLETE) {
                return false;
            }
            changes.forEach((criterion, mark) -> {
                if (mark.isEmpty()) {
                    h.createUpdate("delete from marks where submission_id = :s and criterion_id = :c")
                            .bind("s", submission.value()).bind("c", criterion).execute();
                    return;
                }
                int updated = h.createUpdate("""
                                update marks set mark = :mark, updated_at = :now
                                where submission_id = :s and criterion_id = :c""")
                        .bind("mark", mark.get()).bind("now", Timestamps.toDb(now))
                        .bind("s", submission.value()).bind("c", criterion).execute();
                if (updated == 0) {
                    h.createUpdate("""
                                    insert into marks (submission_id, criterion_id, mark, updated_at)
                                    values (:s, :c, :mark, :now)""")
                            .bind("mark", mark.get()).bind("now", Timestamps.toDb(now))
                            .bind("s", submission.value()).bind("c", criterion).execute();
                }
            });
            return true;
        }));
    }

    @Override
    public void setState(SubmissionId submission, MarkingState state, Instant now) {
        retrying(() -> jdbi.inTransaction(h -> lockResult(h, submission, Optional.of(state), now)));
    }

    @Override
    public void addExtraMark(SubmissionId submission, ExtraMark extra, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into extra_marks (submission_id, description, extra_mark, unit, created_at)
                        values (:s, :description, :amount, :unit, :now)""")
                .bind("s", submission.value()).bind("description", extra.description()).bind("amount", extra.amount())
                .bind("unit", extra.unit().wireName()).bind("now", Timestamps.toDb(now)).execute());
    }

    @Override
    public boolean removeExtraMark(SubmissionId submission, ExtraMark extra) {
        return jdbi.inTransaction(h -> h.createQuery("""
                        select id from extra_marks
                        where submission_id = :s and description = :description and extra_mark = :amount and unit = :unit
                        order by id fetch first 1 rows only""")
                .bind("s", submission.value()).bind("description", extra.description()).bind("amount", extra.amount())
                .bind("unit", extra.unit().wireName()).mapTo(Long.class).findOne()
                .map(id -> h.createUpdate("delete from extra_marks where id = :id").bind("id", id).execute() > 0)
                .orElse(false));
    }

    @Override
    public void addAnnotations(AssignmentId assignment, GroupId group, SubmissionId submission,
                               List<NewAnnotation> annotations, Instant now) {
        retrying(() -> jdbi.inTransaction(h -> {
            Map<String, Long> categories = new HashMap<>();
            for (NewAnnotation a : annotations) {
                Long category = a.category().map(name -> categories.computeIfAbsent(name,
                        n -> category(h, assignment, n, now))).orElse(null);
                Map<String, Object> values = new LinkedHashMap<>();
                AnnotationKind.LOCATION_FIELDS.forEach(field -> values.put(field, a.location().get(field)));
                h.createUpdate("""
                                insert into annotations (submission_id, file_path, content, category_id, kind, line_start,
                                    line_end, column_start, column_end, x1, y1, x2, y2, page, creator_id, created_at)
                                values (:s, :path, :content, :category, :kind, :line_start, :line_end, :column_start,
                                    :column_end, :x1, :y1, :x2, :y2, :page, :creator, :now)""")
                        .bind("s", submission.value()).bind("path", a.path().value()).bind("content", a.content())
                        .bind("category", category).bind("kind", a.location().kind().name())
                        .bindMap(values).bind("creator", a.creator().value()).bind("now", Timestamps.toDb(now)).execute();
            }
            return annotations.size();
        }));
    }

    @Override
    public List<Annotation> annotations(AssignmentId assignment, Optional<GroupId> group) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select a.*, s.group_id, c.name as category
                        from annotations a
                        join submissions s on s.id = a.submission_id
                        join grading_groups g on g.id = s.group_id
                        left join annotation_categories c on c.id = a.category_id
                        where g.assignment_id = :assignment""" + (group.isPresent() ? " and g.id = :group" : "")
                        + " order by a.id")
                .bind("assignment", assignment.value()).bind("group", group.map(GroupId::value).orElse(0L))
                .map((rs, ctx) -> annotation(rs)).list());
    }

    @Override
    public void summary(AssignmentId assignment, Consumer<StudentMarks> each) {
        jdbi.useTransaction(h -> {
            StudentRows rows = new StudentRows(each);
            h.createQuery("""
                            select u.id as user_id, u.user_name, u.first_name, u.last_name, u.email, g.group_name,
                                   sec.name as section_name, s.id as submission_id, r.marking_state,
                                   e.criterion_id, e.amount, e.description, e.unit
                            from memberships ms
                            join grading_groups g on g.id = ms.group_id
                            join users u on u.id = ms.user_id
                            join assignments asg on asg.id = ms.assignment_id
                            left join roles ro on ro.course_id = asg.course_id and ro.user_id = u.id
                            left join sections sec on sec.id = ro.section_id
                            left join submissions s on s.group_id = g.id
                            left join results r on r.submission_id = s.id
                            left join (
                                select submission_id, 0 as entry, criterion_id, mark as amount,
                                       cast(null as varchar(10000)) as description, cast(null as varchar(16)) as unit,
                                       cast(0 as bigint) as extra_id
                                from marks
                                union all
                                select submission_id, 1 as entry, cast(null as bigint), extra_mark, description, unit, id
                                from extra_marks
                            ) e on e.submission_id = s.id
                            where ms.assignment_id = :assignment and ms.membership_status in ('inviter', 'accepted')
                            order by u.user_name, u.id, e.entry, e.criterion_id, e.extra_id""")
                    .bind("assignment", assignment.value())
                    .setFetchSize(FETCH_SIZE)
                    .map((rs, ctx) -> SummaryLine.read(rs))
                    .useStream(lines -> lines.forEach(rows::add));
            rows.finish();
        });
    }

    /**
     * Makes the result's row if it has none (incomplete, or {@code state}), sets {@code state} if given,
     * and holds the row until the transaction ends, so changes to one result take turns; answers the
     * state the result now has.
     */
    private static MarkingState lockResult(Handle h, SubmissionId submission, Optional<MarkingState> state, Instant now) {
        int updated = h.createUpdate("update results set marking_state = coalesce(:state, marking_state), updated_at = :now"
                        + " where submission_id = :s")
                .bind("state", state.map(MarkingState::wireName).orElse(null)).bind("now", Timestamps.toDb(now))
                .bind("s", submission.value()).execute();
        if (updated == 0) {
            h.createUpdate("insert into results (submission_id, marking_state, updated_at) values (:s, :state, :now)")
                    .bind("s", submission.value()).bind("state", state.orElse(MarkingState.INCOMPLETE).wireName())
                    .bind("now", Timestamps.toDb(now)).execute();
        }
        return h.createQuery("select marking_state from results where submission_id = :s").bind("s", submission.value())
                .mapTo(String.class).map(MarkingState::parse).one();
    }

    private static long category(Handle h, AssignmentId assignment, String name, Instant now) {
        return h.createQuery("select id from annotation_categories where assignment_id = :a and name = :name")
                .bind("a", assignment.value()).bind("name", name).mapTo(Long.class).findOne()
                .orElseGet(() -> h.createUpdate("""
                                insert into annotation_categories (assignment_id, name, created_at)
                                values (:a, :name, :now)""")
                        .bind("a", assignment.value()).bind("name", name).bind("now", Timestamps.toDb(now))
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** Runs a write again when it lost a race to a concurrent first write of the same key. */
    private static <T> T retrying(java.util.function.Supplier<T> write) {
        for (int i = 1; ; i++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (i >= ATTEMPTS || !SqlErrors.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private static ExtraMark extra(ResultSet rs, String description, String amount, String unit) throws SQLException {
        return new ExtraMark(rs.getString(description), rs.getBigDecimal(amount), ExtraMarkUnit.parse(rs.getString(unit)));
    }

    private static Annotation annotation(ResultSet rs) throws SQLException {
        AnnotationKind kind = AnnotationKind.valueOf(rs.getString("kind"));
        Map<String, Long> location = new HashMap<>();
        for (String field : kind.fields()) {
            location.put(field, rs.getLong(field));
        }
        return new Annotation(rs.getLong("id"), new GroupId(rs.getLong("group_id")),
                new SubmissionPath(rs.getString("file_path")), rs.getString("content"),
                Optional.ofNullable(rs.getString("category")), new AnnotationLocation(kind, location),
                new UserId(rs.getLong("creator_id")));
    }

    /** One row of the summary query: a student, and one mark or extra mark of their group's result, if any. */
    private record SummaryLine(long userId, StudentMarks student, long submission, MarkingState state, Long criterion,
                               BigDecimal mark, ExtraMark extra) {
        static SummaryLine read(ResultSet rs) throws SQLException {
            long submission = rs.getLong("submission_id");
            StudentMarks student = new StudentMarks(rs.getString("group_name"), rs.getString("user_name"),
                    Optional.ofNullable(rs.getString("section_name")), rs.getString("last_name"),
                    rs.getString("first_name"), Optional.ofNullable(rs.getString("email")), Optional.empty());
            String state = rs.getString("marking_state");
            long criterion = rs.getLong("criterion_id");
            boolean isMark = !rs.wasNull();
            BigDecimal amount = rs.getBigDecimal("amount");
            return new SummaryLine(rs.getLong("user_id"), student, submission,
                    state == null ? MarkingState.INCOMPLETE : MarkingState.parse(state),
                    isMark ? criterion : null, isMark ? amount : null,
                    !isMark && amount != null ? JdbiMarkingStore.extra(rs, "description", "amount", "unit") : null);
        }
    }

    /** Folds consecutive lines of one student into their row, handing each row on as soon as it is whole. */
    private static final class StudentRows {
        private final Consumer<StudentMarks> each;
        private SummaryLine first;
        private final Map<Long, BigDecimal> marks = new HashMap<>();
        private final List<ExtraMark> extras = new ArrayList<>();

        StudentRows(Consumer<StudentMarks> each) {
            this.each = each;
        }

        void add(SummaryLine line) {
            if (first != null && first.userId() != line.userId()) {
                finish();
            }
            if (first == null) {
                first = line;
            }
            if (line.criterion() != null) {
                marks.put(line.criterion(), line.mark());
            }
            if (line.extra() != null) {
                extras.add(line.extra());
            }
        }

        void finish() {
            if (first == null) {
                return;
            }
            StudentMarks s = first.student();
            Optional<Marking> marking = first.submission() == 0 ? Optional.empty()
                    : Optional.of(new Marking(first.state(), marks, extras));
            each.accept(new StudentMarks(s.groupName(), s.userName(), s.section(), s.lastName(), s.firstName(), s.email(),
                    marking));
            first = null;
            marks.clear();
            extras.clear();
        }
    }
}
