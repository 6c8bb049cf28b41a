package org.courseport.application.auth;

import java.util.Objects;
import org.courseport.domain.auth.ApiToken;
import org.courseport.domain.auth.TokenInfo;

/** A token just made: its secret, to show once, and what it grants. */
public record IssuedToken(ApiToken secret, TokenInfo info) {
    public IssuedToken {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(info, "info");
    }
}
