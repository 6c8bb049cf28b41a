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

    /** One field at fault: the message says what is wrong with it. */
    public static Unprocessable field(String field, String message) {
        return new Unprocessable(field + ": " + message, List.of(new FieldError(field, message)));
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
