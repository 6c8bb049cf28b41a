package org.courseport.application.user;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserChanges;
import org.courseport.domain.user.UserId;

/** Changes the given attributes of a user (admin only). */
public interface UpdateUser {
    User update(Caller caller, UserId id, UserChanges changes);
}
