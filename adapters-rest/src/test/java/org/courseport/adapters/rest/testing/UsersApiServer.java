package org.courseport.adapters.rest.testing;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.courseport.adapters.rest.audit.AuditTrail;
import org.courseport.adapters.rest.auth.TokenAuthenticator;
import org.courseport.adapters.rest.health.HealthResource;
import org.courseport.adapters.rest.limit.RateLimiting;
import org.courseport.adapters.rest.server.CourseportFeature;
import org.courseport.adapters.rest.server.RestServer;
import org.courseport.adapters.rest.server.ServerLimits;
import org.courseport.adapters.rest.server.UploadLimits;
import org.courseport.adapters.rest.user.TokensResource;
import org.courseport.adapters.rest.user.UsersResource;
import org.courseport.application.audit.AuditLog;
import org.courseport.application.auth.TokenService;
import org.courseport.application.fixtures.InMemoryAuditStore;
import org.courseport.application.fixtures.InMemoryTokenStore;
import org.courseport.application.fixtures.InMemoryRosterStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.application.fixtures.TestUsers;
import org.courseport.application.limit.InProcessRateCounters;
import org.courseport.application.limit.RateLimiter;
import org.courseport.application.user.UserService;
import org.courseport.domain.audit.AuditRetention;
import org.courseport.domain.limit.RateLimits;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserType;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The REST adapter on a real Grizzly server over the real use cases, with stores in memory so the
 * adapter's own behaviour is what a test sees. Tokens for an admin, a TA and a student are ready.
 */
public final class UsersApiServer implements AutoCloseable {
    public final InMemoryUserStore users = new InMemoryUserStore();
    public final InMemoryTokenStore tokens = new InMemoryTokenStore(users);
    public final TokenService tokenService = new TokenService(users, tokens, Clock.systemUTC(), new SecureRandom());
    public final UserService userService = new UserService(users, new InMemoryRosterStore(users), Clock.systemUTC());
    public final AuditLog audit = new AuditLog(new InMemoryAuditStore(), new AuditRetention(AuditRetention.DEFAULT_DAYS),
            Clock.systemUTC());
    public final String adminToken;
    public final String taToken;
    public final String studentToken;
    private static final UploadLimits DEFAULT_UPLOADS = new UploadLimits(Path.of(System.getProperty("java.io.tmpdir")),
            64L << 20, CourseportFeature.DEFAULT_MAX_SUBMISSION_FILE_BYTES);
    private final RestServer server;

    public UsersApiServer(Object... moreResources) {
        this(users -> List.of(moreResources));
    }

    /** With more resources, built over this server's users (grading needs them, for instance). */
    public UsersApiServer(Function<InMemoryUserStore, List<Object>> moreResources) {
        this(DEFAULT_UPLOADS, moreResources);
    }

    /** With its own upload spool and body limits. */
    public UsersApiServer(UploadLimits uploads, Function<InMemoryUserStore, List<Object>> moreResources) {
        this(ServerLimits.DEFAULTS, uploads, moreResources);
    }

    /** With the server's protections against slow clients set small, as tests of them need. */
    public UsersApiServer(ServerLimits limits) {
        this(limits, DEFAULT_UPLOADS, users -> List.of());
    }

    private UsersApiServer(ServerLimits limits, UploadLimits uploads, Function<InMemoryUserStore, List<Object>> moreResources) {
        adminToken = tokenService.createIfEmpty().orElseThrow().reveal();
        taToken = tokenFor("ta1", UserType.TA);
        studentToken = tokenFor("s1", UserType.STUDENT);
        List<Object> resources = new ArrayList<>(List.of(new HealthResource(),
                new UsersResource(userService, userService, userService, userService, userService, tokenService),
                new TokensResource(tokenService, tokenService, tokenService)));
        resources.addAll(moreResources.apply(users));
        server = RestServer.start("127.0.0.1", 0,
                new ResourceConfig().register(new CourseportFeature(new TokenAuthenticator(tokenService), uploads, resources,
                        new RateLimiting(new RateLimiter(new InProcessRateCounters(), RateLimits.DEFAULTS, Clock.systemUTC())),
                        new AuditTrail(audit, Clock.systemUTC()))), limits);
    }

    private String tokenFor(String name, UserType type) {
        User user = users.create(TestUsers.newUser(name, type), java.time.Instant.now());
        return tokenService.reset(user.userName()).reveal();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    public ApiClient admin() {
        return new ApiClient(base(), adminToken);
    }

    public ApiClient ta() {
        return new ApiClient(base(), taToken);
    }

    public ApiClient student() {
        return new ApiClient(base(), studentToken);
    }

    public ApiClient anonymous() {
        return new ApiClient(base(), null);
    }

    @Override
    public void close() {
        server.close();
    }
}
