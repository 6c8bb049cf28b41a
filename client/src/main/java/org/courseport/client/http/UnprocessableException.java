package org.courseport.client.http;

/** {@code 422}: well formed, but not a course the server can take (a link, no {@code course.xml}, ...). */
public final class UnprocessableException extends ProblemException {
    UnprocessableException(Problem problem) {
        super(problem);
    }
}
