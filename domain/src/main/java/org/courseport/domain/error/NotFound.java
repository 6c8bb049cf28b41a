package org.courseport.domain.error;

import java.util.List;

/** The thing asked for does not exist. */
public final class NotFound extends DomainException {

    public NotFound(String message) {
        super(message, List.of());
    }

    public NotFound(String message, List<FieldError> errors) {
        super(message, errors);
    }

    @Override
    public String kind() {
        return "not-found";
    }

    @Override
    public String title() {
        return "Not found";
    }
}
