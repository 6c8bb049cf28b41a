package org.courseport.adapters.persistence.grading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.adapters.persistence.query.SqlCollection;
import org.courseport.adapters.persistence.user.JdbiUserStore;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.GroupStore;
import org.courseport.domain.grading.Membership;
import org.courseport.domain.grading.MembershipId;
import org.courseport.domain.grading.MembershipStatus;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Listing;
import org.courseport.domain.user.UserId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Groups in {@code grading_groups}, their students in {@code memberships}. */
public final class JdbiGroupStore implements GroupStore {
    /** Groups whose memberships are read in one query while listing. */
    private static final int BATCH = 500;
    private static final String MEMBERS = """
            select m.id as membership_id, m.group_id as membership_group, m.membership_status, u.*
            from memberships m join users u on u.id = m.user_id""";

    private final Jdbi jdbi;
    private final SqlCollection<Group> collection;

    public JdbiGroupStore(Jdbi jdbi) {
        this.jdbi = jdbi;
        Map<String, String> columns = new LinkedHashMap<>();
        for (String name : List.of("id", "group_name", "assignment_id", "created_at", "updated_at")) {
            columns.put(name, "g." + name);
        }
        this.collection = new SqlCollection<>(jdbi, "g.*", "grading_groups g", columns, (rs, ctx) -> group(rs, List.of()));
    }

    @Override
    public Group create(AssignmentId assignment, GroupName name, List<UserId> members, Instant now) {
        return written(() -> jdbi.inTransaction(h -> {
            long id = h.createUpdate("""
                            insert into grading_groups (assignment_id, group_name, created_at, updated_at)
                            values (:assignment, :name, :now, :now)""")
                    .bind("assignment", assignment.value()).bind("name", name.value()).bind("now", Timestamps.toDb(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            join(h, assignment, id, members, 0, now);
            return load(h, new GroupId(id)).orElseThrow();
        }), name);
    }

    @Override
    public Optional<Group> find(AssignmentId assignment, GroupId id) {
        return jdbi.withHandle(h -> load(h, id)).filter(g -> g.assignment().equals(assignment));
    }

    @Override
    public Optional<Group> findByName(AssignmentId assignment, GroupName name) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select id from grading_groups where assignment_id = :assignment and group_name = :name")
                .bind("assignment", assignment.value()).bind("name", name.value())
                .mapTo(Long.class).findOne()
                .flatMap(id -> load(h, new GroupId(id))));
    }

    @Override
    public Group addMembers(Group group, List<UserId> members, int maxMembers, Instant now) {
        return written(() -> jdbi.inTransaction(h -> {
            // The row lock makes concurrent additions to one group take turns, so the count below holds.
            h.createQuery("select id from grading_groups where id = :id for update")
                    .bind("id", group.id().value()).mapTo(Long.class).findOne()
                    .orElseThrow(() -> new NotFound("no group has id " + group.id().value()));
            int count = h.createQuery("select count(*) from memberships where group_id = :id")
                    .bind("id", group.id().value()).mapTo(Integer.class).one();
            if (count + members.size() > maxMembers) {
                throw InvalidInput.field("members", "group " + group.name() + " has " + count + " members; "
                        + members.size() + " more would be over the assignment's group_max of " + maxMembers);
            }
            join(h, group.assignment(), group.id().value(), members, count, now);
            h.createUpdate("update grading_groups set updated_at = :now where id = :id")
                    .bind("now", Timestamps.toDb(now)).bind("id", group.id().value()).execute();
            return load(h, group.id()).orElseThrow();
        }), group.name());
    }

    @Override
    public Listing<Group> list(AssignmentId assignment, CollectionQuery query) {
        Listing<Group> groups = collection.list(query, Map.of("assignment", assignment.value()),
                " and g.assignment_id = :assignment");
        // The page is read first and its memberships after, in batches: one connection at a time.
        return new Listing<>(groups.total(), sink -> {
            List<Group> page = new ArrayList<>();
            groups.rows().forEach(page::add);
            for (int from = 0; from < page.size(); from += BATCH) {
                withMemberships(page.subList(from, Math.min(page.size(), from + BATCH))).forEach(sink);
            }
        });
    }

    private List<Group> withMemberships(List<Group> groups) {
        Map<Long, List<Membership>> members = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(MEMBERS + " where m.group_id in (<ids>) order by m.id")
                .bindList("ids", groups.stream().map(g -> g.id().value()).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong("membership_group"), membership(rs)))
                .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue())));
        return groups.stream().map(g -> new Group(g.id(), g.assignment(), g.name(),
                members.getOrDefault(g.id().value(), List.of()), g.createdAt(), g.updatedAt())).toList();
    }

    private static void join(Handle h, AssignmentId assignment, long group, List<UserId> members, int position,
                             Instant now) {
        if (members.isEmpty()) {
            return;
        }
        List<String> grouped = h.createQuery("""
                        select u.user_name from memberships m join users u on u.id = m.user_id
                        where m.assignment_id = :assignment and m.user_id in (<users>) order by u.user_name""")
                .bind("assignment", assignment.value())
                .bindList("users", members.stream().map(UserId::value).toList())
                .mapTo(String.class).list();
        if (!grouped.isEmpty()) {
            throw new Conflict(String.join(", ", grouped) + " already in a group of this assignment");
        }
        int index = position;
        for (UserId member : members) {
            h.createUpdate("""
                            insert into memberships (group_id, assignment_id, user_id, membership_status, created_at)
                            values (:group, :assignment, :user, :status, :now)""")
                    .bind("group", group).bind("assignment", assignment.value()).bind("user", member.value())
                    .bind("status", MembershipStatus.forPosition(index++).wireName())
                    .bind("now", Timestamps.toDb(now))
                    .execute();
        }
    }

    private static Optional<Group> load(Handle h, GroupId id) {
        List<Membership> members = h.createQuery(MEMBERS + " where m.group_id = :id order by m.id")
                .bind("id", id.value()).map((rs, ctx) -> membership(rs)).list();
        return h.createQuery("select * from grading_groups where id = :id").bind("id", id.value())
                .map((rs, ctx) -> group(rs, members)).findOne();
    }

    private static Group group(ResultSet rs, List<Membership> members) throws SQLException {
        return new Group(new GroupId(rs.getLong("id")), new AssignmentId(rs.getLong("assignment_id")),
                new GroupName(rs.getString("group_name")), members,
                Timestamps.fromDb(rs, "created_at"), Timestamps.fromDb(rs, "updated_at"));
    }

    private static Membership membership(ResultSet rs) throws SQLException {
        return new Membership(new MembershipId(rs.getLong("membership_id")), JdbiUserStore.map(rs, null),
                MembershipStatus.parse(rs.getString("membership_status")));
    }

    /** Tells the two ways a group write can clash apart. */
    private static Group written(java.util.function.Supplier<Group> write, GroupName name) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (Constraints.uniqueViolated(e, "memberships_student_key")) {
                throw new Conflict("a student was put in another group of this assignment at the same time");
            }
            if (Constraints.uniqueViolated(e, "grading_groups_name_key")) {
                throw new Conflict("the assignment already has a group named " + name);
            }
            throw e;
        }
    }
}
