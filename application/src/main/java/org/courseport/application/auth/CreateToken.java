package org.courseport.application.auth;

import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.NewToken;
import org.courseport.domain.user.UserId;

/**
 * Makes one more named token for a user: an admin for anyone, a user for themself. It grants no more than
 * the token the caller presented (scopes, courses, expiry); what it leaves unsaid it takes from that token.
 */
public interface CreateToken {
    IssuedToken create(Caller caller, UserId user, NewToken token);
}
