package org.courseport.application.auth;

import org.courseport.domain.auth.ApiToken;
import org.courseport.domain.user.UserName;

/** The operator's command: a new token for a user, the old one stops working. */
public interface ResetUserToken {
    ApiToken reset(UserName user);
}
