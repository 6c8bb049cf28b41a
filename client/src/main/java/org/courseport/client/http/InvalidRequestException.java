package org.courseport.client.http;

/** {@code 400}: a parameter is missing or malformed; {@link Problem#errors()} names the fields. */
public final class InvalidRequestException extends ProblemException {
    InvalidRequestException(Problem problem) {
        super(problem);
    }
}
