package org.courseport.adapters.rest.docs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * A page a person can browse: Swagger UI from its WebJar, served from the classpath (no CDN),
 * showing {@code openapi.json}. Only the files the page loads are served, each with its type.
 */
@Path("api/v1/docs")
public final class DocsResource {
    private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/";
    private static final String JS = "text/javascript; charset=UTF-8";
    private static final String CSS = "text/css; charset=UTF-8";
    private static final String PNG = "image/png";

    private final String page;
    private final Map<String, Asset> assets;

    public DocsResource() {
        String webjar = WEBJAR + webjarVersion() + "/";
        page = new String(Classpath.read(Classpath.HERE + "docs.html"), StandardCharsets.UTF_8);
        assets = Map.of(
                "swagger-ui.css", new Asset(Classpath.read(webjar + "swagger-ui.css"), CSS),
                "swagger-ui-bundle.js", new Asset(Classpath.read(webjar + "swagger-ui-bundle.js"), JS),
                "favicon-16x16.png", new Asset(Classpath.read(webjar + "favicon-16x16.png"), PNG),
                "favicon-32x32.png", new Asset(Classpath.read(webjar + "favicon-32x32.png"), PNG),
                "courseport-docs.js", new Asset(Classpath.read(Classpath.HERE + "courseport-docs.js"), JS));
    }

    /**
     * The page names its files relative to the API's base, so it works at {@code docs} and {@code docs/},
     * under {@code /api/} and {@code /api/v1/}, and under a host's own prefix.
     */
    @GET
    @Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
    public String page(@Context UriInfo uri) {
        return page.replace("{{base}}", uri.getBaseUri().getRawPath() + "api/v1/");
    }

    @GET
    @Path("{asset}")
    public Response asset(@PathParam("asset") String name) {
        Asset asset = assets.get(name);
        if (asset == null) {
            throw new NotFoundException();
        }
        return Response.ok(asset.bytes(), asset.type()).header("Cache-Control", "public, max-age=3600").build();
    }

    private record Asset(byte[] bytes, String type) {
    }

    /** The WebJar's files live under its version, which its Maven metadata tells. */
    private static String webjarVersion() {
        Properties pom = new Properties();
        try (InputStream in = DocsResource.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui WebJar is missing from the classpath");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }
}
