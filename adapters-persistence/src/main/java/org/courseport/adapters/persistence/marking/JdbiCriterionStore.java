package org.courseport.adapters.persistence.marking;

import static org.courseport.adapters.persistence.database.SqlErrors.conflictOn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.marking.Criterion;
import org.courseport.domain.marking.CriterionDefinition;
import org.courseport.domain.marking.CriterionKind;
import org.courseport.domain.marking.CriterionStore;
import org.courseport.domain.marking.RubricLevel;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Criteria in {@code criteria}, a rubric's levels in {@code criterion_levels} by position. */
public final class JdbiCriterionStore implements CriterionStore {
    private final Jdbi jdbi;

    public JdbiCriterionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Criterion create(AssignmentId assignment, CriterionDefinition definition, Instant now) {
        long id = conflictOn(taken(definition), () -> jdbi.inTransaction(h -> {
            long made = h.createUpdate("""
                            insert into criteria (assignment_id, name, kind, max_mark, description, bonus, ta_visible,
                                                  peer_visible, created_at, updated_at)
                            values (:assignment, :name, :kind, :max_mark, :description, :bonus, :ta_visible,
                                    :peer_visible, :now, :now)""")
                    .bind("assignment", assignment.value()).bindMap(columns(definition)).bind("now", Timestamps.toDb(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertLevels(h, made, definition.levels());
            return made;
        }));
        return new Criterion(id, assignment, definition);
    }

    @Override
    public List<Criterion> list(AssignmentId assignment) {
        return jdbi.withHandle(h -> read(h, "where assignment_id = :assignment", Map.of("assignment", assignment.value())));
    }

    @Override
    public Optional<Criterion> find(AssignmentId assignment, long id) {
        return jdbi.withHandle(h -> read(h, "where assignment_id = :assignment and id = :id",
                Map.of("assignment", assignment.value(), "id", id))).stream().findFirst();
    }

    @Override
    public Criterion update(Criterion criterion, Instant now) {
        conflictOn(taken(criterion.definition()), () -> jdbi.inTransaction(h -> {
            int changed = h.createUpdate("""
                            update criteria set name = :name, kind = :kind, max_mark = :max_mark,
                                   description = :description, bonus = :bonus, ta_visible = :ta_visible,
                                   peer_visible = :peer_visible, updated_at = :now
                            where assignment_id = :assignment and id = :id""")
                    .bindMap(columns(criterion.definition())).bind("now", Timestamps.toDb(now))
                    .bind("assignment", criterion.assignment().value()).bind("id", criterion.id()).execute();
            if (changed == 0) {
                throw new NotFound("assignment " + criterion.assignment().value() + " has no criterion with id "
                        + criterion.id());
            }
            h.createUpdate("delete from criterion_levels where criterion_id = :id").bind("id", criterion.id()).execute();
            insertLevels(h, criterion.id(), criterion.definition().levels());
            return changed;
        }));
        return criterion;
    }

    @Override
    public boolean delete(AssignmentId assignment, long id) {
        return jdbi.withHandle(h -> h.createUpdate("delete from criteria where assignment_id = :assignment and id = :id")
                .bind("assignment", assignment.value()).bind("id", id).execute()) > 0;
    }

    @Override
    public boolean isMarked(long id) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from marks where criterion_id = :id")
                .bind("id", id).mapTo(Long.class).one()) > 0;
    }

    private static String taken(CriterionDefinition definition) {
        return "Criterion name has already been taken: " + definition.name();
    }

    private static Map<String, Object> columns(CriterionDefinition d) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("name", d.name());
        columns.put("kind", d.kind().wireName());
        columns.put("max_mark", d.maxMark());
        columns.put("description", d.description());
        columns.put("bonus", d.bonus());
        columns.put("ta_visible", d.taVisible());
        columns.put("peer_visible", d.peerVisible());
        return columns;
    }

    private static void insertLevels(Handle h, long criterion, List<RubricLevel> levels) {
        for (int i = 0; i < levels.size(); i++) {
            RubricLevel level = levels.get(i);
            h.createUpdate("""
                            insert into criterion_levels (criterion_id, position, name, description, mark)
                            values (:criterion, :position, :name, :description, :mark)""")
                    .bind("criterion", criterion).bind("position", i).bind("name", level.name())
                    .bind("description", level.description()).bind("mark", level.mark()).execute();
        }
    }

    /** The criteria the condition selects, by id, each with its levels (read in one more query). */
    private static List<Criterion> read(Handle h, String where, Map<String, Object> params) {
        List<Row> rows = h.createQuery("select * from criteria " + where + " order by id").bindMap(params)
                .map((rs, ctx) -> row(rs)).list();
        Map<Long, List<RubricLevel>> levels = new HashMap<>();
        if (!rows.isEmpty()) {
            h.createQuery("select * from criterion_levels where criterion_id in (<ids>) order by criterion_id, position")
                    .bindList("ids", rows.stream().map(Row::id).toList())
                    .map((rs, ctx) -> Map.entry(rs.getLong("criterion_id"), new RubricLevel(rs.getString("name"),
                            rs.getString("description"), rs.getBigDecimal("mark"))))
                    .forEach(e -> levels.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return rows.stream().map(r -> new Criterion(r.id(), new AssignmentId(r.assignment()), new CriterionDefinition(
                r.name(), r.kind(), r.maxMark(), r.description(), r.bonus(), r.taVisible(), r.peerVisible(),
                levels.getOrDefault(r.id(), List.of())))).toList();
    }

    private record Row(long id, long assignment, String name, CriterionKind kind, java.math.BigDecimal maxMark,
                       String description, boolean bonus, boolean taVisible, boolean peerVisible) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("assignment_id"), rs.getString("name"),
                CriterionKind.parse(rs.getString("kind")), rs.getBigDecimal("max_mark"), rs.getString("description"),
                rs.getBoolean("bonus"), rs.getBoolean("ta_visible"), rs.getBoolean("peer_visible"));
    }
}
