package org.courseport.application.user;

import java.time.Clock;
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

    public UserService(UserStore users, Clock clock) {
        this.users = users;
        this.clock = clock;
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
        return users.update(changes.applyTo(existing(id)), clock.instant());
    }

    @Override
    public void delete(Caller caller, UserId id) {
        caller.require(Permission.MANAGE);
        users.delete(existing(id).id());
    }

    private User existing(UserId id) {
        return users.find(id).orElseThrow(() -> new NotFound("no user has id " + id.value()));
    }
}
