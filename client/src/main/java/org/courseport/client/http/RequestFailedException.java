package org.courseport.client.http;

/** Any other refusal: {@code 405}, {@code 406}, {@code 415}, {@code 429}, or a {@code 5xx} (a bug of the server). */
public final class RequestFailedException extends ProblemException {
    RequestFailedException(Problem problem) {
        super(problem);
    }
}
