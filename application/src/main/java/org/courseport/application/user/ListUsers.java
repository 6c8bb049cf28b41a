package org.courseport.application.user;

import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.user.User;

/** Lists users matching a collection request. */
public interface ListUsers {
    Page<User> list(Caller caller, CollectionRequest request);
}
