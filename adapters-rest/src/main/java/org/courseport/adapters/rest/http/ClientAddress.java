package org.courseport.adapters.rest.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/**
 * The address the request came from, as the server put it in the request's properties: JAX-RS has no
 * portable way to ask. Courseport's own server sets it for every request; a host that mounts the
 * adapter sets {@link #PROPERTY} itself (without it, unauthenticated requests are not rate limited).
 */
public final class ClientAddress {
    public static final String PROPERTY = "org.courseport.client-address";

    private ClientAddress() {
    }

    public static Optional<String> of(ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof String address ? Optional.of(address) : Optional.empty();
    }
}
