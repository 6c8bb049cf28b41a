package org.courseport.adapters.persistence.grading;

import static org.courseport.adapters.persistence.database.SqlErrors.conflictOn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.courseport.domain.course.CourseId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.adapters.persistence.query.SqlCollection;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentDetails;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.AssignmentSchema;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.grading.NewAssignment;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Listing;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Assignments in the {@code assignments} table; its columns are named as the wire attributes. */
public final class JdbiAssignmentStore implements AssignmentStore {
    /** Named because H2, unlike PostgreSQL, returns only the key columns unless asked for more. */
    private static final String[] COLUMNS = AssignmentSchema.SCHEMA.names().toArray(String[]::new);
    /** Every column but the id and times, in the order {@link #values} binds them. */
    private static final String ATTRIBUTES = String.join(", ", AssignmentSchema.SCHEMA.names().subList(1, COLUMNS.length - 2));

    private final Jdbi jdbi;
    private final SqlCollection<Assignment> collection;

    public JdbiAssignmentStore(Jdbi jdbi) {
        this.jdbi = jdbi;
        Map<String, String> columns = new LinkedHashMap<>();
        AssignmentSchema.SCHEMA.names().forEach(name -> columns.put(name, "a." + name));
        this.collection = new SqlCollection<>(jdbi, "a.*", "assignments a", columns, JdbiAssignmentStore::map);
    }

    @Override
    public Assignment create(CourseId course, NewAssignment assignment, Instant now) {
        String params = ":" + ATTRIBUTES.replace(", ", ", :");
        return conflictOn(taken(assignment.shortIdentifier()), () -> jdbi.withHandle(h -> h.createUpdate(
                        "insert into assignments (" + ATTRIBUTES + ", course_id, created_at, updated_at) values ("
                                + params + ", :course_id, :now, :now)")
                .bindMap(values(assignment.shortIdentifier(), assignment.details()))
                .bind("course_id", course.value())
                .bind("now", Timestamps.toDb(now))
                .executeAndReturnGeneratedKeys(COLUMNS)
                .map(JdbiAssignmentStore::map)
                .one()));
    }

    @Override
    public Optional<Assignment> find(AssignmentId id) {
        return jdbi.withHandle(h -> h.createQuery("select * from assignments where id = :id")
                .bind("id", id.value()).map(JdbiAssignmentStore::map).findOne());
    }

    @Override
    public Optional<CourseId> courseOf(AssignmentId id) {
        return jdbi.withHandle(h -> h.createQuery("select course_id from assignments where id = :id")
                .bind("id", id.value()).mapTo(Long.class).findOne().map(CourseId::new));
    }

    @Override
    public List<Assignment> inCourse(CourseId course) {
        return jdbi.withHandle(h -> h.createQuery("select * from assignments where course_id = :course order by id")
                .bind("course", course.value()).map(JdbiAssignmentStore::map).list());
    }

    @Override
    public Optional<Assignment> findByShortIdentifier(ShortIdentifier name) {
        return jdbi.withHandle(h -> h.createQuery("select * from assignments where short_identifier = :name")
                .bind("name", name.value()).map(JdbiAssignmentStore::map).findOne());
    }

    @Override
    public Assignment update(Assignment assignment, Instant now) {
        StringBuilder set = new StringBuilder();
        for (String column : ATTRIBUTES.split(", ")) {
            set.append(column).append(" = :").append(column).append(", ");
        }
        return conflictOn(taken(assignment.shortIdentifier()), () -> jdbi.withHandle(h -> h.createUpdate(
                        "update assignments set " + set + "updated_at = :now where id = :id")
                .bindMap(values(assignment.shortIdentifier(), assignment.details()))
                .bind("id", assignment.id().value())
                .bind("now", Timestamps.toDb(now))
                .executeAndReturnGeneratedKeys(COLUMNS)
                .map(JdbiAssignmentStore::map)
                .findOne()
                .orElseThrow(() -> new NotFound("no assignment has id " + assignment.id().value()))));
    }

    @Override
    public Listing<Assignment> list(CourseId course, CollectionQuery query) {
        return collection.list(query, Map.of("course", course.value()), " and a.course_id = :course");
    }

    private static String taken(ShortIdentifier name) {
        return "an assignment with the short identifier " + name + " already exists";
    }

    private static Map<String, Object> values(ShortIdentifier name, AssignmentDetails d) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("short_identifier", name.value());
        values.put("description", d.description());
        values.put("message", d.message());
        values.put("due_date", d.dueDate());
        values.put("group_min", d.groupMin());
        values.put("group_max", d.groupMax());
        values.put("tokens_per_day", d.tokensPerDay());
        values.put("allow_web_submits", d.allowWebSubmits());
        values.put("student_form_groups", d.studentFormGroups());
        values.put("remark_due_date", d.remarkDueDate());
        values.put("remark_message", d.remarkMessage());
        values.put("assign_graders_to_criteria", d.assignGradersToCriteria());
        values.put("enable_test", d.enableTest());
        values.put("allow_remarks", d.allowRemarks());
        values.put("display_grader_names_to_students", d.displayGraderNamesToStudents());
        values.put("group_name_autogenerated", d.groupNameAutogenerated());
        values.put("marking_scheme_type", d.markingSchemeType());
        values.put("repository_folder", d.repositoryFolder());
        values.put("submission_rule_type", d.submissionRuleType());
        values.put("submission_rule_deduction", d.submissionRuleDeduction());
        values.put("submission_rule_hours", d.submissionRuleHours());
        values.put("submission_rule_interval", d.submissionRuleInterval());
        values.put("course", d.course() == null ? null : d.course().toString());
        return values;
    }

    static Assignment map(ResultSet rs, StatementContext ctx) throws SQLException {
        String course = rs.getString("course");
        AssignmentDetails details = new AssignmentDetails(rs.getString("description"), rs.getString("message"),
                rs.getObject("due_date", LocalDate.class), rs.getInt("group_min"), rs.getInt("group_max"),
                rs.getInt("tokens_per_day"), rs.getBoolean("allow_web_submits"), rs.getBoolean("student_form_groups"),
                rs.getObject("remark_due_date", LocalDate.class), rs.getString("remark_message"),
                rs.getBoolean("assign_graders_to_criteria"), rs.getBoolean("enable_test"),
                rs.getBoolean("allow_remarks"), rs.getBoolean("display_grader_names_to_students"),
                rs.getBoolean("group_name_autogenerated"), rs.getString("marking_scheme_type"),
                rs.getString("repository_folder"), rs.getString("submission_rule_type"),
                rs.getBigDecimal("submission_rule_deduction"), rs.getInt("submission_rule_hours"),
                rs.getInt("submission_rule_interval"), course == null ? null : CourseKey.parse(course));
        return new Assignment(new AssignmentId(rs.getLong("id")), new ShortIdentifier(rs.getString("short_identifier")),
                details, Timestamps.fromDb(rs, "created_at"), Timestamps.fromDb(rs, "updated_at"));
    }
}
