package org.courseport.client.http;

/** {@code 409}: another import of the course is running, or the archive names another course. */
public final class ConflictException extends ProblemException {
    ConflictException(Problem problem) {
        super(problem);
    }
}
