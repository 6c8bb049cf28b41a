package org.courseport.adapters.rest.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Set;
import org.courseport.application.auth.AuthenticateCaller;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.error.Unauthenticated;

/**
 * Authenticates every request under {@code api/} before a route is matched, so that an unknown
 * caller learns nothing, not even which ids or routes exist.
 */
@PreMatching
@Priority(200)
public final class Authentication implements ContainerRequestFilter {
    /** The reference API's scheme first; the common ones accepted too. */
    public static final Set<String> SCHEMES = Set.of("markusauth", "bearer", "token");
    private static final String PROPERTY = Caller.class.getName();

    private final AuthenticateCaller authenticator;

    public Authentication(AuthenticateCaller authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(false);
        if (!(path.startsWith("api/") || path.equals("api"))) {
            return;
        }
        request.setProperty(PROPERTY, authenticator.authenticate(token(request.getHeaderString(HttpHeaders.AUTHORIZATION))));
    }

    /** The caller authenticated for this request. */
    public static Caller caller(ContainerRequestContext request) {
        Object caller = request.getProperty(PROPERTY);
        if (caller instanceof Caller c) {
            return c;
        }
        throw new IllegalStateException("no caller: the route is outside api/ or the filter did not run");
    }

    private static String token(String header) {
        if (header == null || header.isBlank()) {
            throw new Unauthenticated("send Authorization: MarkUsAuth <token> (or Bearer <token>)");
        }
        String[] parts = header.strip().split("\\s+", 2);
        if (parts.length != 2 || !SCHEMES.contains(parts[0].toLowerCase(Locale.ROOT))) {
            throw new Unauthenticated("the Authorization header must be MarkUsAuth, Bearer or Token followed by the token");
        }
        return parts[1].strip();
    }
}
