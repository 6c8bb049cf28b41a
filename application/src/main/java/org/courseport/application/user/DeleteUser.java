package org.courseport.application.user;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.user.UserId;

/** Removes a user (admin only); one with submissions is a {@code Conflict}. */
public interface DeleteUser {
    void delete(Caller caller, UserId id);
}
