package org.courseport.adapters.rest.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.FullApiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/docs} is a page served by the server itself, every file it loads included, without a token. */
class DocsPageTest {
    private static final Pattern LINKED = Pattern.compile("(?:src|href)=\"(docs/[^\"]+)\"");
    private static final Map<String, String> TYPES = Map.of(".css", "text/css", ".js", "text/javascript", ".png", "image/png");
    private static FullApiServer server;
    private static ApiClient anonymous;

    @BeforeAll
    static void start() {
        server = new FullApiServer();
        anonymous = server.anonymous();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void servesThePageAndEveryFileItLoads() {
        HttpResponse<String> page = anonymous.get("/api/v1/docs");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("<base href=\"/api/v1/\">"), page.body());

        List<String> files = new ArrayList<>();
        Matcher linked = LINKED.matcher(page.body());
        while (linked.find()) {
            files.add(linked.group(1));
        }
        assertTrue(files.containsAll(List.of("docs/swagger-ui.css", "docs/swagger-ui-bundle.js", "docs/courseport-docs.js")),
                files.toString());
        for (String file : files) {
            HttpResponse<String> asset = anonymous.get("/api/v1/" + file);
            assertEquals(200, asset.statusCode(), file);
            String type = TYPES.get(file.substring(file.lastIndexOf('.')));
            assertTrue(asset.headers().firstValue("Content-Type").orElseThrow().startsWith(type), file);
            assertTrue(asset.body().length() > 0, file);
        }
        assertTrue(anonymous.get("/api/v1/docs/swagger-ui-bundle.js").body().contains("SwaggerUIBundle"));
        assertTrue(anonymous.get("/api/v1/docs/courseport-docs.js").body().contains("url: \"openapi.json\""));
    }

    @Test
    void theUnversionedAndSlashedPagesPointAtTheSameFiles() {
        for (String path : List.of("/api/docs", "/api/v1/docs/")) {
            HttpResponse<String> page = anonymous.get(path);
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.body().contains("<base href=\"/api/v1/\">"), path);
        }
    }

    @Test
    void aFileThePageDoesNotUseIsNotServed() {
        assertEquals(404, anonymous.get("/api/v1/docs/index.html").statusCode());
        assertEquals(404, anonymous.get("/api/v1/docs/swagger-ui-es-bundle.js").statusCode());
    }
}
