package org.courseport.domain.error;

import java.util.List;

/** Input went over a configured limit (size, entries, ratio); the message names the limit. */
public final class LimitExceeded extends DomainException {

    public LimitExceeded(String message) {
        super(message, List.of());
    }

    public LimitExceeded(String message, List<FieldError> errors) {
        super(message, errors);
    }

    @Override
    public String kind() {
        return "limit-exceeded";
    }

    @Override
    public String title() {
        return "Limit exceeded";
    }
}
