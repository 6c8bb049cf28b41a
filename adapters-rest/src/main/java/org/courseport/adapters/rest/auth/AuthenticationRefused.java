package org.courseport.adapters.rest.auth;

import java.util.List;
import org.courseport.domain.error.Unauthenticated;

/**
 * An {@link Unauthenticated} from the authenticator, with the challenges its 401 carries, so that
 * the one exception mapper answers in the words of whichever authentication is in use.
 */
public final class AuthenticationRefused extends RuntimeException {
    private final transient List<String> challenges;

    AuthenticationRefused(Unauthenticated cause, List<String> challenges) {
        super(cause.getMessage(), cause, false, false);
        this.challenges = List.copyOf(challenges);
    }

    public Unauthenticated refusal() {
        return (Unauthenticated) getCause();
    }

    /** The {@code WWW-Authenticate} values. */
    public List<String> challenges() {
        return challenges;
    }
}
