package org.courseport.application.auth;

import org.courseport.domain.auth.ApiToken;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.user.UserId;

/** Gives a user a new token through the API (admin only); the old one stops working. */
public interface IssueToken {
    ApiToken issue(Caller caller, UserId user);
}
