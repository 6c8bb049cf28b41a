package org.courseport.client.http;

/** {@code 401}: no token, an unknown one, or an expired one. */
public final class UnauthenticatedException extends ProblemException {
    UnauthenticatedException(Problem problem) {
        super(problem);
    }
}
