package org.courseport.application.user;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserId;

/** One user, or {@code NotFound}. */
public interface GetUser {
    User get(Caller caller, UserId id);
}
