package org.courseport.adapters.rest.server;

import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Courseport's REST adapter served by Grizzly, with the protections that belong to a server rather
 * than to the adapter (a host that mounts {@link CourseportFeature} on its own server has its own):
 * a fixed worker pool, a bounded number of body reads at once ({@link BodySlots}), an idle timeout on
 * body reads, strict framing and problem documents from the codec ({@link StrictHttpCodec}) and
 * from Grizzly itself ({@link ProblemErrorPages}); and, when given, the plainest reads of one resource
 * answered beside Jersey ({@link HotReads}).
 */
public final class RestServer implements AutoCloseable {
    private final HttpServer server;

    private RestServer(HttpServer server) {
        this.server = server;
    }

    /** Starts serving with the default limits; port 0 takes any free port (see {@link #port()}). */
    public static RestServer start(String host, int port, ResourceConfig application) {
        return start(host, port, application, ServerLimits.DEFAULTS);
    }

    /** Starts serving; port 0 takes any free port (see {@link #port()}). */
    public static RestServer start(String host, int port, ResourceConfig application, ServerLimits limits) {
        return start(host, port, application, limits, Optional.empty());
    }

    /** Starts serving, with the {@code hotReads} answered beside Jersey; port 0 takes any free port (see {@link #port()}). */
    public static RestServer start(String host, int port, ResourceConfig application, ServerLimits limits,
                                   Optional<HotReads> hotReads) {
        BodySlots bodySlots = new BodySlots(limits.bodySlots());
        GrizzlyHttpContainer jersey = ContainerFactory.createContainer(GrizzlyHttpContainer.class,
                new ResourceConfig(application).register(bodySlots));
        URI base = UriBuilder.fromUri("http://localhost/").host(host).port(port).build();
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(base, (GrizzlyHttpContainer) null, false, null, false);
        ServerConfiguration config = server.getServerConfiguration();
        config.addHttpHandler(bodySlots.around(hotReads.map(hot -> hot.around(jersey)).orElse(jersey)), "/");
        // The reference API's clients send their parameters in the body of GET and DELETE too.
        config.setAllowPayloadForUndefinedHttpMethods(true);
        // A body left unread (a refused request's) ends the connection rather than being read to its end.
        config.setMaxPayloadRemainderToSkip(0);
        config.setDefaultErrorPageGenerator(new ProblemErrorPages());
        for (NetworkListener listener : server.getListeners()) {
            TCPNIOTransport transport = listener.getTransport();
            transport.getWorkerThreadPoolConfig().setCorePoolSize(limits.workerThreads()).setMaxPoolSize(limits.workerThreads());
            // Bounds every blocking read of a body: Grizzly parses headers without blocking a worker.
            transport.setReadTimeout(limits.bodyReadTimeout().toMillis(), TimeUnit.MILLISECONDS);
            listener.registerAddOn(new StrictHttpCodec());
        }
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
