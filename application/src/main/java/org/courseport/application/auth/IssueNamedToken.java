package org.courseport.application.auth;

import org.courseport.domain.auth.NewToken;
import org.courseport.domain.user.UserName;

/** The operator's command: a token of this name for a user, in place of any token of that name before. */
public interface IssueNamedToken {
    IssuedToken issue(UserName user, NewToken token);
}
