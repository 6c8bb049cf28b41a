package org.courseport.application.auth;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.TokenId;
import org.courseport.domain.user.UserId;

/** Makes one token stop working, on every node within a second: an admin anyone's, a user their own. */
public interface RevokeToken {
    void revoke(Caller caller, UserId user, TokenId token);
}
