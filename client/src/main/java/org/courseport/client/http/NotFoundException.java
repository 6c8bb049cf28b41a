package org.courseport.client.http;

/** {@code 404}: no such course, version or job. */
public final class NotFoundException extends ProblemException {
    NotFoundException(Problem problem) {
        super(problem);
    }
}
