package org.courseport.adapters.persistence.roster;

import static org.courseport.adapters.persistence.database.SqlErrors.conflictOn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.adapters.persistence.user.JdbiUserStore;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.roster.CourseInfo;
import org.courseport.domain.roster.NewCourse;
import org.courseport.domain.roster.Role;
import org.courseport.domain.roster.RoleGrant;
import org.courseport.domain.roster.RoleType;
import org.courseport.domain.roster.RosterStore;
import org.courseport.domain.roster.Section;
import org.courseport.domain.roster.SectionName;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Courses, sections and roles in the {@code courses}, {@code sections} and {@code roles} tables. */
public final class JdbiRosterStore implements RosterStore {
    private static final String ROLES = """
            select u.*, r.id as role_id, r.course_id as role_course, r.type as role_type,
                   r.grace_credits as role_grace_credits, r.hidden as role_hidden, s.name as role_section
            from roles r join users u on u.id = r.user_id left join sections s on s.id = r.section_id
            """;

    private final Jdbi jdbi;

    public JdbiRosterStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public CourseInfo createCourse(NewCourse course, Instant now) {
        long id = conflictOn("a course is already named " + course.name(), () -> jdbi.withHandle(h -> h.createUpdate("""
                        insert into courses (name, display_name, is_hidden, current_version, created_at, updated_at)
                        values (:name, :display_name, :hidden, 0, :now, :now)""")
                .bind("name", course.name().value())
                .bind("display_name", course.displayName())
                .bind("hidden", course.hidden())
                .bind("now", Timestamps.toDb(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
        return new CourseInfo(new CourseId(id), course.name().value(), course.displayName(), course.hidden(),
                Optional.empty());
    }

    @Override
    public Optional<CourseInfo> findCourse(CourseId id) {
        return jdbi.withHandle(h -> h.createQuery("select * from courses where id = :id")
                .bind("id", id.value()).map(JdbiRosterStore::course).findOne());
    }

    @Override
    public List<CourseInfo> courses() {
        return jdbi.withHandle(h -> h.createQuery("select * from courses order by id").map(JdbiRosterStore::course).list());
    }

    @Override
    public Section createSection(CourseId course, SectionName name, Instant now) {
        long id = conflictOn("the course already has a section named " + name, () -> jdbi.withHandle(h -> h.createUpdate(
                        "insert into sections (course_id, name, created_at) values (:course, :name, :now)")
                .bind("course", course.value()).bind("name", name.value()).bind("now", Timestamps.toDb(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
        return new Section(id, course, name);
    }

    @Override
    public Optional<Section> findSection(CourseId course, SectionName name) {
        return jdbi.withHandle(h -> h.createQuery("select * from sections where course_id = :course and name = :name")
                .bind("course", course.value()).bind("name", name.value()).map(JdbiRosterStore::section).findOne());
    }

    @Override
    public List<Section> sections(CourseId course) {
        return jdbi.withHandle(h -> h.createQuery("select * from sections where course_id = :course order by id")
                .bind("course", course.value()).map(JdbiRosterStore::section).list());
    }

    @Override
    public Role createRole(RoleGrant grant, Instant now) {
        long id = conflictOn("the user already has a role in course " + grant.course().value(), () -> jdbi.withHandle(h ->
                h.createUpdate("""
                                insert into roles (course_id, user_id, type, section_id, grace_credits, hidden, created_at)
                                values (:course, :user, :type, :section, :grace, :hidden, :now)""")
                        .bind("course", grant.course().value())
                        .bind("user", grant.user().value())
                        .bind("type", grant.type().wireName())
                        .bind("section", grant.section().map(Section::id).orElse(null))
                        .bind("grace", grant.graceCredits())
                        .bind("hidden", grant.hidden())
                        .bind("now", Timestamps.toDb(now))
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
        return jdbi.withHandle(h -> h.createQuery(ROLES + "where r.id = :id").bind("id", id)
                .map(JdbiRosterStore::role).one());
    }

    @Override
    public Role putRole(RoleGrant grant, Instant now) {
        int changed = jdbi.withHandle(h -> h.createUpdate("""
                        update roles set type = :type, section_id = :section, grace_credits = :grace
                        where course_id = :course and user_id = :user""")
                .bind("course", grant.course().value())
                .bind("user", grant.user().value())
                .bind("type", grant.type().wireName())
                .bind("section", grant.section().map(Section::id).orElse(null))
                .bind("grace", grant.graceCredits())
                .execute());
        if (changed == 0) {
            return createRole(grant, now);
        }
        return jdbi.withHandle(h -> h.createQuery(ROLES + "where r.course_id = :course and r.user_id = :user")
                .bind("course", grant.course().value()).bind("user", grant.user().value())
                .map(JdbiRosterStore::role).one());
    }

    @Override
    public void removeRole(CourseId course, UserId user) {
        jdbi.useHandle(h -> h.createUpdate("delete from roles where course_id = :course and user_id = :user")
                .bind("course", course.value()).bind("user", user.value()).execute());
    }

    @Override
    public Optional<Role> findRole(CourseId course, UserName user) {
        return jdbi.withHandle(h -> h.createQuery(ROLES + "where r.course_id = :course and u.user_name_key = lower(:name)")
                .bind("course", course.value()).bind("name", user.value()).map(JdbiRosterStore::role).findOne());
    }

    @Override
    public List<Role> roles(CourseId course) {
        return jdbi.withHandle(h -> h.createQuery(ROLES + "where r.course_id = :course order by r.id")
                .bind("course", course.value()).map(JdbiRosterStore::role).list());
    }

    @Override
    public List<Role> rolesOf(UserName user) {
        return jdbi.withHandle(h -> h.createQuery(ROLES + "where u.user_name_key = lower(:name) order by r.course_id")
                .bind("name", user.value()).map(JdbiRosterStore::role).list());
    }

    private static CourseInfo course(ResultSet rs, StatementContext ctx) throws SQLException {
        String key = rs.getString("course_key");
        return new CourseInfo(new CourseId(rs.getLong("id")), rs.getString("name"), rs.getString("display_name"),
                rs.getBoolean("is_hidden"), Optional.ofNullable(key).map(CourseKey::parse));
    }

    private static Section section(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Section(rs.getLong("id"), new CourseId(rs.getLong("course_id")), new SectionName(rs.getString("name")));
    }

    private static Role role(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Role(rs.getLong("role_id"), new CourseId(rs.getLong("role_course")), JdbiUserStore.map(rs, ctx),
                RoleType.parse(rs.getString("role_type")),
                Optional.ofNullable(rs.getString("role_section")).map(SectionName::new),
                rs.getInt("role_grace_credits"), rs.getBoolean("role_hidden"));
    }
}
