package org.courseport.adapters.rest.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.courseport.domain.auth.Caller;

/**
 * Decides who sent a request to Courseport's routes, before any route is matched. The default reads
 * Courseport's API tokens ({@link TokenAuthenticator}); a host that mounts the REST adapter in its own
 * application supplies one that reads its own session, header or security context, and decides the
 * caller's role itself.
 */
@FunctionalInterface
public interface RequestAuthenticator {

    /**
     * The caller, from the request's headers, cookies or {@code getSecurityContext()}.
     *
     * @throws org.courseport.domain.error.Unauthenticated when the request does not say who it is
     *         from (answered 401 with {@link #challenges()}); any other domain error is answered as usual
     */
    Caller authenticate(ContainerRequestContext request);

    /** The {@code WWW-Authenticate} values of a 401: how a client should authenticate. None unless given. */
    default List<String> challenges() {
        return List.of();
    }
}
