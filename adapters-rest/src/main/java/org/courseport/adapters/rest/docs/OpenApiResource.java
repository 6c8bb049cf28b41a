package org.courseport.adapters.rest.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.courseport.adapters.rest.http.Formats;

/**
 * The API's OpenAPI 3 document, written by hand in YAML because the responses are streamed and
 * shaped by hand (annotations would describe something else), and served as JSON converted from it.
 * {@code openapi.json} reaches {@code openapi} once the extension has become an {@code Accept}.
 */
@Path("api/v1")
public final class OpenApiResource {
    /** The document on the classpath, for tools and tests that read it directly. */
    public static final String DOCUMENT = Classpath.HERE + "openapi.yaml";
    static final String YAML = "application/yaml";

    private final byte[] yaml;
    private final byte[] json;

    public OpenApiResource() {
        yaml = Classpath.read(DOCUMENT);
        try {
            JsonNode document = new YAMLMapper().readTree(yaml);
            json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document is not valid YAML", e);
        }
    }

    @GET
    @Path("openapi")
    @Produces(Formats.JSON)
    public byte[] json() {
        return json;
    }

    @GET
    @Path("openapi.yaml")
    @Produces(YAML)
    public byte[] yaml() {
        return yaml;
    }
}
