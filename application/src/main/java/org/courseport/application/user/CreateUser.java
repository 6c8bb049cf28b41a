package org.courseport.application.user;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.User;

/** Creates a user (admin only); a taken user name is a {@code Conflict}. */
public interface CreateUser {
    User create(Caller caller, NewUser user);
}
