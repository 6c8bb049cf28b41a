package org.courseport.client.http;

/** {@code 413}: the archive is over one of the server's limits, named in the detail. */
public final class LimitExceededException extends ProblemException {
    LimitExceededException(Problem problem) {
        super(problem);
    }
}
