package org.courseport.adapters.rest.health;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.courseport.adapters.rest.http.Formats;
import org.courseport.adapters.rest.representation.Representation;

/** Liveness for load balancers: answers without authentication once the server can serve. */
@Path("health")
@Produces({Formats.JSON, Formats.XML})
public final class HealthResource {

    @GET
    public Representation health() {
        return Representation.of("health").with("status", "ok");
    }
}
