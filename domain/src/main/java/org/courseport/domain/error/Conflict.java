package org.courseport.domain.error;

import java.util.List;

/** The request clashes with the current state: a duplicate name, a dependent record, a concurrent change. */
public final class Conflict extends DomainException {

    public Conflict(String message) {
        super(message, List.of());
    }

    public Conflict(String message, List<FieldError> errors) {
        super(message, errors);
    }

    @Override
    public String kind() {
        return "conflict";
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
