package org.courseport.adapters.rest.limit;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.http.ClientAddress;
import org.courseport.application.limit.ChargeRequest;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.limit.LimitClass;
import org.courseport.domain.limit.RateDecision;
import org.courseport.domain.limit.RateKey;

/**
 * Counts every API request against an allowance: an authenticated caller's per token, reads and
 * writes apart; one that failed to authenticate per client address (through {@link Authentication},
 * before its 401). Over the allowance, a {@code 429} with {@code Retry-After}; every answer carries
 * {@code X-RateLimit-Limit}, {@code -Remaining} and {@code -Reset} (seconds until the window resets).
 * It runs after authentication and before anything reads a body, so a refused request costs nothing more.
 */
@PreMatching
@Priority(210)
public final class RateLimiting implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String DECISION = RateDecision.class.getName();

    private final ChargeRequest charge;

    public RateLimiting(ChargeRequest charge) {
        this.charge = charge;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Caller> caller = Authentication.authenticated(request);
        if (caller.isEmpty()) {
            return; // not an API route: no caller was looked for
        }
        apply(request, keyOf(caller.get(), request.getMethod()), "this token's");
    }

    /**
     * Counts a request of an authenticated caller, as the filter does, without refusing it: for a request
     * served beside Jersey, which passes one over its limit on to the filter to be refused.
     */
    public RateDecision charge(Caller caller, String method) {
        return charge.charge(keyOf(caller, method));
    }

    private static RateKey keyOf(Caller caller, String method) {
        boolean write = LimitClass.ofMethod(method) == LimitClass.WRITE;
        return RateKey.token(caller.name().value(), caller.tokenName(), write);
    }

    /** Counts a request that failed to authenticate against its address; throws the 429 when over. */
    public void chargeAnonymous(ContainerRequestContext request) {
        ClientAddress.of(request).ifPresent(address -> apply(request, RateKey.address(address), "unauthenticated"));
    }

    private void apply(ContainerRequestContext request, RateKey key, String whose) {
        RateDecision decision = charge.charge(key);
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            String kind = switch (key.limitClass()) {
                case READ -> "reads";
                case WRITE -> "writes";
                case ANONYMOUS -> "requests";
            };
            throw new ClientErrorException("over " + whose + " limit of " + decision.limit() + " " + kind
                    + " per window; try again in " + decision.resetSeconds() + " s",
                    Response.status(429).header(HttpHeaders.RETRY_AFTER, decision.resetSeconds()).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateDecision decision) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers(decision, headers::putSingle);
        }
    }

    /** The {@code X-RateLimit-*} headers telling a caller where it stands after {@code decision}. */
    public static void headers(RateDecision decision, BiConsumer<String, Object> header) {
        header.accept("X-RateLimit-Limit", decision.limit());
        header.accept("X-RateLimit-Remaining", decision.remaining());
        header.accept("X-RateLimit-Reset", decision.resetSeconds());
    }
}
