package org.courseport.domain.course;

import java.util.List;
import java.util.Objects;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.DomainException;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.LimitExceeded;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unauthenticated;
import org.courseport.domain.error.Unprocessable;

/** Why an import job failed, kept with the job: the kind of domain failure and its message. */
public record ImportFailure(String kind, String message) {
    /** The kind of a failure of the server itself, which no domain exception stands for. */
    public static final String INTERNAL_ERROR = "internal-error";

    public ImportFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public static ImportFailure of(DomainException failure) {
        return new ImportFailure(failure.kind(), failure.getMessage());
    }

    /** The failure as the domain exception it was, so adapters report it as they report any other. */
    public DomainException toException() {
        return switch (kind) {
            case "not-found" -> new NotFound(message);
            case "conflict" -> new Conflict(message);
            case "invalid-input" -> new InvalidInput(message, List.of());
            case "forbidden" -> new Forbidden(message);
            case "unauthenticated" -> new Unauthenticated(message);
            case "limit-exceeded" -> new LimitExceeded(message);
            default -> new Unprocessable(message);
        };
    }
}
