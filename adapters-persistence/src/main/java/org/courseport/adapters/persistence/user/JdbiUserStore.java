package org.courseport.adapters.persistence.user;

import static org.courseport.adapters.persistence.database.SqlErrors.conflictOn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.courseport.adapters.persistence.database.Timestamps;
import org.courseport.adapters.persistence.query.SqlCollection;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Listing;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserSchema;
import org.courseport.domain.user.UserStore;
import org.courseport.domain.user.UserType;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Users in the {@code users} table. {@code user_name_key} is {@code lower(user_name)}, unique, so
 * names are unique and looked up regardless of letter case, as the collection filter compares them.
 */
public final class JdbiUserStore implements UserStore {
    /** Named because H2, unlike PostgreSQL, returns only the key columns unless asked for more. */
    private static final String[] COLUMNS = UserSchema.SCHEMA.names().toArray(String[]::new);

    private final Jdbi jdbi;
    private final SqlCollection<User> collection;

    public JdbiUserStore(Jdbi jdbi) {
        this.jdbi = jdbi;
        Map<String, String> columns = new LinkedHashMap<>();
        UserSchema.SCHEMA.names().forEach(name -> columns.put(name, "u." + name));
        this.collection = new SqlCollection<>(jdbi, "u.*", "users u", columns, JdbiUserStore::map);
    }

    @Override
    public User create(NewUser user, Instant now) {
        return conflictOn(nameTaken(user.userName()), () -> jdbi.withHandle(h -> h.createUpdate("""
                        insert into users (user_name, user_name_key, type, first_name, last_name, email, section_name,
                                           grace_credits, created_at, updated_at)
                        values (:user_name, lower(:user_name), :type, :first_name, :last_name, :email, :section_name,
                                :grace_credits, :now, :now)""")
                .bindMap(columns(user.userName(), user.type(), user.details(), now))
                .executeAndReturnGeneratedKeys(COLUMNS)
                .map(JdbiUserStore::map)
                .one()));
    }

    @Override
    public Optional<User> find(UserId id) {
        return jdbi.withHandle(h -> h.createQuery("select * from users where id = :id")
                .bind("id", id.value()).map(JdbiUserStore::map).findOne());
    }

    @Override
    public Optional<User> findByName(UserName name) {
        return jdbi.withHandle(h -> h.createQuery("select * from users where user_name_key = lower(:name)")
                .bind("name", name.value()).map(JdbiUserStore::map).findOne());
    }

    @Override
    public User update(User user, Instant now) {
        return conflictOn(nameTaken(user.userName()), () -> jdbi.withHandle(h -> h.createUpdate("""
                        update users set user_name = :user_name, user_name_key = lower(:user_name), type = :type, first_name = :first_name,
                               last_name = :last_name, email = :email, section_name = :section_name,
                               grace_credits = :grace_credits, updated_at = :now
                        where id = :id""")
                .bind("id", user.id().value())
                .bindMap(columns(user.userName(), user.type(), user.details(), now))
                .executeAndReturnGeneratedKeys(COLUMNS)
                .map(JdbiUserStore::map)
                .findOne()
                .orElseThrow(() -> new NotFound("no user has id " + user.id().value()))));
    }

    @Override
    public void delete(UserId id) {
        conflictOn("user " + id.value() + " still has groups or submissions", () -> jdbi.withHandle(h ->
                h.createUpdate("delete from users where id = :id").bind("id", id.value()).execute()));
    }

    @Override
    public Listing<User> list(CollectionQuery query) {
        return collection.list(query);
    }

    @Override
    public boolean isEmpty() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from users").mapTo(Long.class).one()) == 0;
    }

    private static String nameTaken(UserName name) {
        return "a user named " + name + " already exists (names are compared regardless of letter case)";
    }

    /** The values that create and update write alike, by parameter name. */
    private static Map<String, Object> columns(UserName name, UserType type, PersonalDetails details, Instant now) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("user_name", name.value());
        values.put("type", type.wireName());
        values.put("now", Timestamps.toDb(now));
        values.put("first_name", details.firstName());
        values.put("last_name", details.lastName());
        values.put("email", details.email());
        values.put("section_name", details.sectionName());
        values.put("grace_credits", details.graceCredits());
        return values;
    }

    public static User map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new User(new UserId(rs.getLong("id")), new UserName(rs.getString("user_name")),
                UserType.parse(rs.getString("type")),
                new PersonalDetails(rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"),
                        rs.getString("section_name"), rs.getInt("grace_credits")),
                Timestamps.fromDb(rs, "created_at"), Timestamps.fromDb(rs, "updated_at"));
    }
}
