package org.courseport.adapters.rest.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.List;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.DocumentedResponses;
import org.courseport.adapters.rest.testing.FullApiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is valid OpenAPI 3, and is served as YAML and JSON without a token. */
class OpenApiDocumentTest {
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
    void parsesWithoutAnyMessageInSwaggerParser() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(DocumentedResponses.document(), null, options);
        assertEquals(List.of(), result.getMessages());
        assertNotNull(result.getOpenAPI());
        assertEquals("3.0.3", result.getOpenAPI().getOpenapi());
    }

    @Test
    void servesTheDocumentAsJsonAndYamlWithoutAToken() throws Exception {
        Object yaml = new YAMLMapper().readTree(DocumentedResponses.document());
        for (String path : List.of("/api/v1/openapi.json", "/api/openapi.json")) {
            HttpResponse<String> json = anonymous.get(path);
            assertEquals(200, json.statusCode(), path + ": " + json.body());
            assertEquals("application/json", json.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(yaml, new ObjectMapper().readTree(json.body()), "the JSON is the YAML converted");
        }
        HttpResponse<String> text = anonymous.get("/api/v1/openapi.yaml");
        assertEquals(200, text.statusCode(), text.body());
        assertEquals("application/yaml", text.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(DocumentedResponses.document(), text.body());
    }

    @Test
    void theExemptionFromTokensCoversTheDocumentationOnly() {
        for (String path : List.of("/api/v1/users", "/api/v1/openapi.yml", "/api/v1/docsx", "/api/v1/docs/a/b", "/api/v1/docs/.hidden")) {
            assertEquals(401, anonymous.get(path).statusCode(), path);
        }
    }
}
