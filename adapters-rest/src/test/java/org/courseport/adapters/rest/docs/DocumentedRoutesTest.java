package org.courseport.adapters.rest.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseport.adapters.rest.http.Formats;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.DocumentedResponses;
import org.courseport.adapters.rest.testing.FullApiServer;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ExtendedResourceContext;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document and the server agree both ways: Jersey's model of the routes {@code CourseportFeature}
 * registers is exactly the document's paths and methods, and every documented route answers on a
 * running server (with anything but "no such route" or 405).
 */
class DocumentedRoutesTest {
    private static final Pattern TEMPLATE = Pattern.compile("\\{[^}]*}");
    /** Methods Jersey adds to every resource by itself. */
    private static final Set<String> IMPLICIT = Set.of("HEAD", "OPTIONS");
    private static final OpenAPI DOCUMENT = new OpenAPIV3Parser().readContents(DocumentedResponses.document()).getOpenAPI();
    private static FullApiServer server;

    @BeforeAll
    static void start() {
        server = new FullApiServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyRouteTheServerServesIsDocumentedAndNoOther() {
        ApplicationHandler jersey = new ApplicationHandler(server.application());
        Set<String> served = new TreeSet<>();
        jersey.getInjectionManager().getInstance(ExtendedResourceContext.class).getResourceModel().getRootResources()
                .forEach(root -> collect("", root, served));
        Set<String> documented = new TreeSet<>();
        for (String route : documented()) {
            String[] methodAndPath = route.split(" ", 2);
            documented.add(methodAndPath[0] + " " + servedPath(methodAndPath[1]));
        }
        assertEquals(documented, served);
    }

    @Test
    void everyDocumentedRouteAnswers() throws Exception {
        ApiClient admin = server.admin();
        for (String route : documented()) {
            String[] methodAndPath = route.split(" ", 2);
            String method = methodAndPath[0];
            String path = example(methodAndPath[1]);
            // JSON first, so a refusal is a JSON problem; anything, so the docs page and its files are acceptable.
            HttpResponse<String> response = admin.send(admin.request(path).header("Accept", "application/json, */*;q=0.1")
                    .method(method, HttpRequest.BodyPublishers.noBody()));
            assertNotEquals(405, response.statusCode(), route);
            if (response.statusCode() == 404 && !response.body().isEmpty()) {
                JsonNode problem = new ObjectMapper().readTree(response.body());
                assertNotEquals("no such route", problem.path("detail").asText(), route + " → " + path);
            }
        }
    }

    /** The document's routes, as method and path with parameters unnamed. */
    private static Set<String> documented() {
        Set<String> routes = new TreeSet<>();
        DOCUMENT.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> routes.add(method.name() + " " + normalised(path))));
        return routes;
    }

    private static void collect(String prefix, Resource resource, Set<String> routes) {
        String path = prefix + "/" + resource.getPath();
        for (ResourceMethod method : resource.getResourceMethods()) {
            if (!IMPLICIT.contains(method.getHttpMethod())) {
                routes.add(method.getHttpMethod() + " " + normalised(path));
            }
        }
        resource.getChildResources().forEach(child -> collect(path, child, routes));
    }

    /** The path a documented one reaches once the server has turned its extension into an Accept. */
    private static String servedPath(String documented) {
        for (String extension : Formats.EXTENSIONS.keySet()) {
            if (documented.endsWith(extension)) {
                return documented.substring(0, documented.length() - extension.length());
            }
        }
        return documented;
    }

    /** Slashes collapsed and every parameter unnamed: names differ between Java and the document. */
    private static String normalised(String path) {
        String slashes = ("/" + path).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        return TEMPLATE.matcher(slashes).replaceAll("{}");
    }

    /** A documented path with parameters that parse but name nothing that exists (nothing is changed). */
    private static String example(String path) {
        Matcher parameter = Pattern.compile("\\{}").matcher(path);
        StringBuilder concrete = new StringBuilder();
        while (parameter.find()) {
            String before = path.substring(0, parameter.start());
            String value = before.endsWith("/docs/") ? "swagger-ui.css"
                    : before.matches(".*/(courses|import|export)/") && path.length() == parameter.end()
                            ? "course-v1:None+None+None"
                    : before.endsWith("/imports/") ? "00000000-0000-0000-0000-000000000000" : "999999";
            parameter.appendReplacement(concrete, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(concrete);
        return concrete.toString();
    }
}
