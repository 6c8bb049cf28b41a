package org.courseport.client.http;

/** {@code 403}: the token is valid but its user, scopes or courses may not do this. */
public final class ForbiddenException extends ProblemException {
    ForbiddenException(Problem problem) {
        super(problem);
    }
}
