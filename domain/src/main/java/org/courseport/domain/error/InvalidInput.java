package org.courseport.domain.error;

import java.util.List;

/** A parameter or field is malformed or not allowed. */
public final class InvalidInput extends DomainException {

    public InvalidInput(String message) {
        super(message, List.of());
    }

    public InvalidInput(String message, List<FieldError> errors) {
        super(message, errors);
    }

    /** One field at fault: the message says what is wrong with it. */
    public static InvalidInput field(String field, String message) {
        return new InvalidInput(field + ": " + message, List.of(new FieldError(field, message)));
    }

    @Override
    public String kind() {
        return "invalid-input";
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
