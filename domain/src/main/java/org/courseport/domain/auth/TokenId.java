package org.courseport.domain.auth;

import org.courseport.domain.error.InvalidInput;

/** The store's number for one token of a user. */
public record TokenId(long value) {
    public TokenId {
        if (value <= 0) {
            throw InvalidInput.field("token_id", "must be a positive whole number");
        }
    }

    public static TokenId parse(String text) {
        try {
            return new TokenId(Long.parseLong(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            throw InvalidInput.field("token_id", "must be a positive whole number");
        }
    }
}
