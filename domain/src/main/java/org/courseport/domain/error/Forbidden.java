package org.courseport.domain.error;

import java.util.List;

/** The caller is known but its role may not do this. */
public final class Forbidden extends DomainException {

    public Forbidden(String message) {
        super(message, List.of());
    }

    public Forbidden(String message, List<FieldError> errors) {
        super(message, errors);
    }

    @Override
    public String kind() {
        return "forbidden";
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
