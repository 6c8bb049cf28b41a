package org.courseport.client.http;

/**
 * The server refused a request with a problem document. Each refusal a robot reacts to differently has
 * its own type; the problem itself (status, kind, title, detail, errors) travels with every one.
 */
public abstract sealed class ProblemException extends RuntimeException
        permits InvalidRequestException, UnauthenticatedException, ForbiddenException, NotFoundException,
        ConflictException, LimitExceededException, UnprocessableException, RequestFailedException {
    private final transient Problem problem;

    ProblemException(Problem problem) {
        super(problem.status() + " " + problem.explanation());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    static ProblemException of(Problem problem) {
        return switch (problem.status()) {
            case 400 -> new InvalidRequestException(problem);
            case 401 -> new UnauthenticatedException(problem);
            case 403 -> new ForbiddenException(problem);
            case 404 -> new NotFoundException(problem);
            case 409 -> new ConflictException(problem);
            case 413 -> new LimitExceededException(problem);
            case 422 -> new UnprocessableException(problem);
            default -> new RequestFailedException(problem);
        };
    }
}
