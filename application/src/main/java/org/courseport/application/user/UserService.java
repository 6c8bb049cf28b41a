package org.courseport.application.user;

import java.time.Clock;
import java.util.Optional;
import org.courseport.application.auth.CallerCache;
import org.courseport.application.query.CollectionQueries;
import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Permission;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.roster.DefaultCourseRole;
import org.courseport.domain.roster.RoleGrant;
import org.courseport.domain.roster.RosterStore;
import org.courseport.domain.roster.Section;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserChanges;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserSchema;
import org.courseport.domain.user.UserStore;

/**
 * The user use cases. An older-API {@code ta} or {@code student} is also that in the default course: its role
 * there follows its type, section and grace credits (see {@link DefaultCourseRole}); deleting the user takes
 * its roles with it (the store's cascade).
 */
public final class UserService implements ListUsers, GetUser, CreateUser, UpdateUser, DeleteUser {
    private final UserStore users;
    private final RosterStore roster;
    private final Clock clock;
    private final CallerCache callers;

    public UserService(UserStore users, RosterStore roster, Clock clock) {
        this(users, roster, clock, CallerCache.off());
    }

    /** {@code callers} must be the cache the {@link org.courseport.application.auth.TokenService} reads. */
    public UserService(UserStore users, RosterStore roster, Clock clock, CallerCache callers) {
        this.users = users;
        this.roster = roster;
        this.clock = clock;
        this.callers = callers;
    }

    @Override
    public Page<User> list(Caller caller, CollectionRequest request) {
        caller.require(Permission.READ);
        CollectionQuery query = CollectionQueries.parse(UserSchema.SCHEMA, request);
        return new Page<>(query, users.list(query));
    }

    @Override
    public User get(Caller caller, UserId id) {
        caller.require(Permission.READ);
        return callers.findUser(id, () -> users.find(id)).orElseThrow(() -> notFound(id));
    }

    @Override
    public User create(Caller caller, NewUser user) {
        caller.require(Permission.MANAGE);
        User created = users.create(user, clock.instant());
        followInDefaultCourse(Optional.empty(), created);
        return created;
    }

    @Override
    public User update(Caller caller, UserId id, UserChanges changes) {
        caller.require(Permission.MANAGE);
        User before = existing(id);
        User after = users.update(changes.applyTo(before), clock.instant());
        followInDefaultCourse(Optional.of(before), after);
        callers.forget(before.userName());
        return after;
    }

    @Override
    public void delete(Caller caller, UserId id) {
        caller.require(Permission.MANAGE);
        User user = existing(id);
        users.delete(user.id());
        callers.forget(user.userName());
    }

    private void followInDefaultCourse(Optional<User> before, User after) {
        switch (DefaultCourseRole.between(before, after)) {
            case PUT -> {
                DefaultCourseRole role = DefaultCourseRole.of(after).orElseThrow();
                Optional<Section> section = role.section().map(name -> roster.findSection(CourseId.DEFAULT, name)
                        .orElseGet(() -> roster.createSection(CourseId.DEFAULT, name, clock.instant())));
                roster.putRole(new RoleGrant(CourseId.DEFAULT, after.id(), role.type(), section, role.graceCredits(),
                        false), clock.instant());
            }
            case REMOVE -> roster.removeRole(CourseId.DEFAULT, after.id());
            case KEEP -> {
            }
        }
    }

    private User existing(UserId id) {
        return users.find(id).orElseThrow(() -> notFound(id));
    }

    private static NotFound notFound(UserId id) {
        return new NotFound("no user has id " + id.value());
    }
}
