package org.courseport.adapters.rest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Requests as MarkUs's Python client ({@code markusapi}) sends them: {@code /api/<path>.json},
 * {@code Accept: *}{@code /*}, parameters in the query string (also on POST, PUT and DELETE, with an
 * empty body), JSON bodies, or multipart with one {@code file_content} part and the rest in the query.
 */
public final class MarkusClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ApiClient api;

    public MarkusClient(ApiClient api) {
        this.api = api;
    }

    /** {@code params=}: a query of name, value pairs; a null value is dropped as {@code requests} drops None. */
    public HttpResponse<byte[]> query(String method, String path, String... params) {
        return api.send(request(path, params).header("Accept", "*/*")
                .method(method, HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** {@code json=}: a JSON body. */
    public HttpResponse<byte[]> json(String method, String path, String json) {
        return api.send(request(path).header("Accept", "*/*").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** {@code files={"file_content": (name, content)}, params=...}, POSTed. */
    public HttpResponse<byte[]> upload(String path, String fileName, byte[] content, String... params) {
        return upload("POST", path, fileName, content, params);
    }

    public HttpResponse<byte[]> upload(String method, String path, String fileName, byte[] content, String... params) {
        Multipart body = new Multipart().untypedFile("file_content", fileName, content);
        return api.send(request(path, params).header("Accept", "*/*").header("Content-Type", body.contentType())
                .method(method, body.publisher()), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The body as the client reads it for a JSON method: it must parse. */
    public static JsonNode body(HttpResponse<byte[]> response) {
        return parse(response.body());
    }

    public static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
        }
    }

    private HttpRequest.Builder request(String path, String... params) {
        String query = Stream.iterate(0, i -> i < params.length, i -> i + 2)
                .filter(i -> params[i + 1] != null)
                .map(i -> encode(params[i]) + "=" + encode(params[i + 1]))
                .collect(Collectors.joining("&"));
        return api.request("/api/" + path + ".json" + (query.isEmpty() ? "" : "?" + query));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
