package org.courseport.application.auth;

import java.util.List;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.auth.TokenInfo;
import org.courseport.domain.user.UserId;

/** A user's tokens, without their secrets: an admin sees anyone's, a user their own. */
public interface ListTokens {
    List<TokenInfo> list(Caller caller, UserId user);
}
