package org.courseport.application.auth;

import org.courseport.domain.auth.Caller;

/** Tells who presented a token; a malformed or unknown one is {@code Unauthenticated}. */
public interface AuthenticateCaller {
    Caller authenticate(String presentedToken);
}
