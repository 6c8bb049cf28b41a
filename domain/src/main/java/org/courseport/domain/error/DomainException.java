package org.courseport.domain.error;

import java.util.List;

/**
 * A failure the caller can act on. The family is closed: every adapter maps exactly these kinds,
 * and a new kind of failure is a deliberate change to the contract.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, Conflict, InvalidInput, Unprocessable, Forbidden, Unauthenticated, LimitExceeded {

    private final List<FieldError> errors;

    protected DomainException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** The fields at fault, for validation failures; empty otherwise. */
    public List<FieldError> errors() {
        return errors;
    }

    /** A short, stable, kebab-case name of the kind of failure, for machines. */
    public abstract String kind();

    /** A short human title of the kind of failure. */
    public abstract String title();
}
