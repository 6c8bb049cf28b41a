package org.courseport.domain.user;

import java.time.Instant;
import java.util.Optional;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Listing;

/** Where users are kept. A duplicate user name is a {@code Conflict}. */
public interface UserStore {

    User create(NewUser user, Instant now);

    Optional<User> find(UserId id);

    Optional<User> findByName(UserName name);

    /** Replaces every attribute but the id and creation time; a user that does not exist is a {@code NotFound}. */
    User update(User user, Instant now);

    /** Removes the user; one still referenced by submissions or groups is a {@code Conflict}. */
    void delete(UserId id);

    /** Users matching the query; the query was validated against {@link UserSchema#SCHEMA}. */
    Listing<User> list(CollectionQuery query);

    boolean isEmpty();
}
