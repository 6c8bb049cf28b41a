package org.courseport.domain.error;

import java.util.List;

/** No credentials, or credentials that name no one. */
public final class Unauthenticated extends DomainException {

    public Unauthenticated(String message) {
        super(message, List.of());
    }

    public Unauthenticated(String message, List<FieldError> errors) {
        super(message, errors);
    }

    @Override
    public String kind() {
        return "unauthenticated";
    }

    @Override
    public String title() {
        return "Unauthenticated";
    }
}
