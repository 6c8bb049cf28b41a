package org.courseport.adapters.rest.server;

import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.grizzly.http.server.HttpServer;

import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** Courseport's REST adapter served by Grizzly. */
public final class RestServer implements AutoCloseable {
    private final HttpServer server;

    private RestServer(HttpServer server) {
        this.server = server;
    }

    /** Starts serving; port 0 takes any free port (see {@link #port()}). */
    public static RestServer start(String host, int port, ResourceConfig application) {
        URI base = UriBuilder.fromUri("http://localhost/").host(host).port(port).build();
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(base, application, false);
        // The reference API's clients send their parameters in the body of GET and DELETE too.
        server.getServerConfiguration().setAllowPayloadForUndefinedHttpMethods(true);
        DeclineH2cUpgrade.registerOn(server);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        }
        return new RestServer(server);
    }

    public int port() {
        return server.getListeners().iterator().next().getPort();
    }

    /** Stops taking connections, lets requests in flight finish within the grace period, then closes. */
    public void stop(Duration grace) {
        try {
            server.shutdown(grace.toMillis(), TimeUnit.MILLISECONDS).get(grace.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.shutdownNow();
        } catch (ExecutionException | TimeoutException e) {
            server.shutdownNow();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }
}
