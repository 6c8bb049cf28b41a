package org.courseport.application.user;

import java.time.Clock;
import org.courseport.application.auth.CallerCache;
import org.courseport.application.query.CollectionQueries;
import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.Permission;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserChanges;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserSchema;
import org.courseport.domain.user.UserStore;

/** The user use cases. */
public final class UserService implements ListUsers, GetUser, CreateUser, UpdateUser, DeleteUser {
    private final UserStore users;
    private final Clock clock;
    private final CallerCache callers;

    public UserService(UserStore users, Clock clock) {
        this(users, clock, CallerCache.off());
    }

    /** {@code callers} must be the cache the {@link org.courseport.application.auth.TokenService} reads. */
    public UserService(UserStore users, Clock clock, CallerCache callers) {
        this.users = users;
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
        return existing(id);
    }

    @Override
    public User create(Caller caller, NewUser user) {
        caller.require(Permission.MANAGE);
        return users.create(user, clock.instant());
    }

    @Override
    public User update(Caller caller, UserId id, UserChanges changes) {
        caller.require(Permission.MANAGE);
        User before = existing(id);
        User after = users.update(changes.applyTo(before), clock.instant());
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

    private User existing(UserId id) {
        return users.find(id).orElseThrow(() -> new NotFound("no user has id " + id.value()));
    }
}
