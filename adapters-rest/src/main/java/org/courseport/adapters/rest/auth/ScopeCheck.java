package org.courseport.adapters.rest.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import org.courseport.adapters.rest.http.CourseportPaths;

/**
 * Right after {@link Authentication}, before a route is matched or a body read: refuses a request its
 * token's scopes or courses do not cover ({@link RouteScopes}), so such a token learns no more than that.
 */
@PreMatching
@Priority(210)
public final class ScopeCheck implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CourseportPaths.isApi(request)) {
            return;
        }
        String path = request.getUriInfo().getPath(false);
        RouteScopes.check(Authentication.caller(request), request.getMethod(), path.startsWith("/") ? path.substring(1) : path);
    }
}
