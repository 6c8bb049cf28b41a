package org.courseport.application.auth;

import java.util.Optional;
import org.courseport.domain.auth.ApiToken;

/** On an empty store, creates the user {@code admin} and returns its token; otherwise nothing. */
public interface CreateFirstAdmin {
    Optional<ApiToken> createIfEmpty();
}
