package org.courseport.bootstrap.server;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.PrintStream;
import java.nio.file.Path;
import org.courseport.adapters.persistence.cluster.JdbiNodes;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.rest.server.CourseportFeature;
import org.courseport.adapters.rest.server.RestServer;
import org.courseport.application.embedding.Courseport;
import org.courseport.application.embedding.CourseportStores;
import org.courseport.bootstrap.wiring.ApplicationModule;
import org.courseport.bootstrap.wiring.BlobModule;
import org.courseport.bootstrap.wiring.ClusterModule;
import org.courseport.bootstrap.wiring.CourseModule;
import org.courseport.bootstrap.wiring.GitModule;
import org.courseport.bootstrap.wiring.ImportWorkers;
import org.courseport.bootstrap.wiring.PersistenceModule;
import org.courseport.bootstrap.wiring.RestModule;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The standalone server: the whole wiring, the first admin, Grizzly, and an orderly stop. */
public final class CourseportServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CourseportServer.class);

    private final ServerSettings settings;
    private final DataDirectory data;
    private final Injector injector;
    private final RestServer rest;
    private final NodeMaintenance node;
    private final RequestBookkeeping bookkeeping;

    private CourseportServer(ServerSettings settings, DataDirectory data, Injector injector, RestServer rest,
            NodeMaintenance node, RequestBookkeeping bookkeeping) {
        this.settings = settings;
        this.data = data;
        this.injector = injector;
        this.rest = rest;
        this.node = node;
        this.bookkeeping = bookkeeping;
    }

    /** Starts serving; a first admin's token is printed on {@code console} and written to the data directory. */
    public static CourseportServer start(ServerSettings settings, PrintStream console) {
        DataDirectory data = DataDirectory.open(settings.dataDirectory());
        try {
            return start(settings, data, console);
        } catch (RuntimeException e) {
            data.close();
            throw e;
        }
    }

    private static CourseportServer start(ServerSettings settings, DataDirectory data, PrintStream console) {
        Injector injector = Guice.createInjector(new PersistenceModule(settings.database()),
                new ApplicationModule(settings.tokenCache(), settings.limitsAndAudit()),
                new RestModule(data.folder("uploads"), settings.maxSubmissionFileBytes()), new BlobModule(data.root(), settings.database()),
                new CourseModule(settings.importLimits(), settings.importWorkers()), new ClusterModule(settings.nodeLease()),
                new GitModule(settings.git(), data.root(), data.folder("git-fetch")));
        NodeMaintenance node = NodeMaintenance.start(injector.getInstance(JdbiNodes.class),
                injector.getInstance(Courseport.class).collectGarbage());
        injector.getInstance(Courseport.class).createFirstAdmin().createIfEmpty().ifPresent(token -> {
            Path file = data.writeAdminToken(token);
            console.println("Created the user admin. Its API token, shown this once and kept in " + file + ":");
            console.println(token.reveal());
        });
        CourseportFeature feature = injector.getInstance(CourseportFeature.class);
        ResourceConfig application = new ResourceConfig().register(feature)
                // The OpenAPI document describes the API; Jersey's generated WADL would be a second, unauthenticated one.
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        Courseport courseport = injector.getInstance(Courseport.class);
        RequestBookkeeping bookkeeping = RequestBookkeeping.start(courseport.rateLimiter(), courseport.auditLog());
        RestServer rest = RestServer.start(settings.host(), settings.port(), application, settings.httpLimits(),
                feature.hotReads());
        LOG.info("serving on http://{}:{}/ with data in {}", settings.host(), rest.port(), data.root());
        return new CourseportServer(settings, data, injector, rest, node, bookkeeping);
    }

    public int port() {
        return rest.port();
    }

    public Injector injector() {
        return injector;
    }

    /** Drains requests in flight, lets running imports finish, each within the grace period, then closes the store. */
    @Override
    public void close() {
        LOG.info("stopping: draining requests for up to {}", settings.shutdownGrace());
        rest.stop(settings.shutdownGrace());
        bookkeeping.close();
        injector.getInstance(ImportWorkers.class).stop(settings.shutdownGrace());
        node.close();
        injector.getInstance(CourseportStores.class).callerChanges().close();
        injector.getInstance(Database.class).close();
        data.close();
        LOG.info("stopped");
    }
}
