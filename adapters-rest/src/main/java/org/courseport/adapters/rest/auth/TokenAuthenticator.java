package org.courseport.adapters.rest.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.courseport.application.auth.AuthenticateCaller;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.error.Unauthenticated;

/** Courseport's own authentication: {@code Authorization: MarkUsAuth <token>} (or Bearer, or Token). */
public final class TokenAuthenticator implements RequestAuthenticator {
    /** The reference API's scheme first; the common ones accepted too. */
    public static final Set<String> SCHEMES = Set.of("markusauth", "bearer", "token");
    private static final List<String> CHALLENGES = List.of("MarkUsAuth realm=\"courseport\"", "Bearer realm=\"courseport\"");

    private final AuthenticateCaller tokens;

    public TokenAuthenticator(AuthenticateCaller tokens) {
        this.tokens = tokens;
    }

    @Override
    public Caller authenticate(ContainerRequestContext request) {
        return authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }

    /** The caller an {@code Authorization} header names; {@code Unauthenticated} if none. */
    public Caller authenticate(String authorization) {
        return tokens.authenticate(token(authorization));
    }

    @Override
    public List<String> challenges() {
        return CHALLENGES;
    }

    private static String token(String header) {
        if (header == null || header.isBlank()) {
            throw new Unauthenticated("send Authorization: MarkUsAuth <token> (or Bearer <token>)");
        }
        // Scanned, not split with a regular expression: this runs on every request.
        String value = header.strip();
        int space = 0;
        while (space < value.length() && !Character.isWhitespace(value.charAt(space))) {
            space++;
        }
        String token = value.substring(space).strip();
        if (token.isEmpty() || !SCHEMES.contains(value.substring(0, space).toLowerCase(Locale.ROOT))) {
            throw new Unauthenticated("the Authorization header must be MarkUsAuth, Bearer or Token followed by the token");
        }
        return token;
    }
}
