package org.courseport.domain.error;

import java.util.List;

/** The request is well formed but its content cannot be used, such as an archive that is not a course. */
public final class Unprocessable extends DomainException {

    public Unprocessable(String message) {
        super(message, List.of());
    }

    public Unprocessable(String message, List<FieldError> errors) {
        super(message, errors);
    }

    @Override
    public String kind() {
        return "unprocessable-content";
    }

    @Override
    public String title() {
        return "Unprocessable content";
    }
}
