package org.courseport.adapters.rest.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.Optional;
import java.util.function.Consumer;
import org.courseport.adapters.rest.http.CourseportPaths;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.error.Unauthenticated;

/**
 * Authenticates every request under {@code api/} before a route is matched, so that an unknown
 * caller learns nothing, not even which ids or routes exist. Who the caller is, the
 * {@link RequestAuthenticator} decides: Courseport's tokens, or the host's own logins.
 */
@PreMatching
@Priority(200)
public final class Authentication implements ContainerRequestFilter {
    private static final String CALLER = Caller.class.getName();

    private final RequestAuthenticator authenticator;
    private final Consumer<ContainerRequestContext> refusedCaller;

    /** {@code refusedCaller} sees every request that failed to authenticate before it is refused (to count it, say). */
    public Authentication(RequestAuthenticator authenticator, Consumer<ContainerRequestContext> refusedCaller) {
        this.authenticator = authenticator;
        this.refusedCaller = refusedCaller;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CourseportPaths.isApi(request)) {
            return;
        }
        try {
            request.setProperty(CALLER, authenticator.authenticate(request));
        } catch (Unauthenticated e) {
            refusedCaller.accept(request);
            throw new AuthenticationRefused(e, authenticator.challenges());
        }
    }

    /** The caller authenticated for this request. */
    public static Caller caller(ContainerRequestContext request) {
        Object caller = request.getProperty(CALLER);
        if (caller instanceof Caller c) {
            return c;
        }
        throw new IllegalStateException("no caller: the route is outside api/ or the filter did not run");
    }

    /** The caller authenticated for this request, if it was. */
    public static Optional<Caller> authenticated(ContainerRequestContext request) {
        return request.getProperty(CALLER) instanceof Caller c ? Optional.of(c) : Optional.empty();
    }
}
