package org.courseport.domain.user;

import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.text.WritableText;

/** The store's number for a user. */
public record UserId(long value) {
    public UserId {
        if (value <= 0) {
            throw InvalidInput.field("id", "must be a positive whole number");
        }
    }

    /** Parses the id of a URL path or parameter; anything but a positive number is invalid input. */
    public static UserId parse(String text) {
        try {
            return new UserId(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw InvalidInput.field("id", "must be a positive whole number, not '" + WritableText.excerpt(text) + "'");
        }
    }
}
