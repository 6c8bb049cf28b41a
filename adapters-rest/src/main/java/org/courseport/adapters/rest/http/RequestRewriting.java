package org.courseport.adapters.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.LimitExceeded;

/**
 * Before a route is chosen: serves unversioned {@code /api/…} as v1, turns an extension on the last
 * path segment into the {@code Accept} it stands for, and gathers the parameters of the query string
 * and of a form or JSON body into {@link Params}. Jersey's own {@code UriConnegFilter} is not used
 * because it would also strip the extension of names that merely end in {@code .xml}. Only
 * Courseport's own paths are touched: a host's routes beside them keep their bodies and paths.
 */
@PreMatching
@Priority(100)
public final class RequestRewriting implements ContainerRequestFilter {
    private static final Pattern VERSIONED = Pattern.compile("api/v\\d+(/.*)?");
    /** Parameters in a body are small; files travel as multipart or raw bodies, which are not read here. */
    private static final int MAX_PARAMETER_BODY = 16 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!CourseportPaths.isCourseport(request)) {
            return;
        }
        rewritePath(request);
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        request.getUriInfo().getQueryParameters(true).forEach(params::addAll);
        readBody(request, params);
        request.setProperty(Params.PROPERTY, new Params(params));
    }

    private static void rewritePath(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(false);
        String rewritten = path.startsWith("/") ? path.substring(1) : path;
        if ((rewritten.equals("api") || rewritten.startsWith("api/")) && !VERSIONED.matcher(rewritten).matches()) {
            rewritten = "api/v1" + rewritten.substring(3);
        }
        for (Map.Entry<String, String> extension : Formats.EXTENSIONS.entrySet()) {
            int slash = rewritten.lastIndexOf('/');
            String last = rewritten.substring(slash + 1);
            if (last.length() > extension.getKey().length() && last.endsWith(extension.getKey())) {
                rewritten = rewritten.substring(0, rewritten.length() - extension.getKey().length());
                request.getHeaders().putSingle(HttpHeaders.ACCEPT, extension.getValue());
                break;
            }
        }
        if (!rewritten.equals(path)) {
            URI base = request.getUriInfo().getBaseUri();
            URI uri = UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                    .replacePath(base.getRawPath() + rewritten).build();
            request.setRequestUri(base, uri);
        }
    }

    private static void readBody(ContainerRequestContext request, MultivaluedMap<String, String> params)
            throws IOException {
        MediaType type = request.getMediaType();
        if (type == null || !request.hasEntity()) {
            return;
        }
        boolean form = type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        boolean json = type.getType().equals("application")
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        if (!form && !json) {
            return;
        }
        byte[] body = readBounded(request.getEntityStream());
        request.setEntityStream(new ByteArrayInputStream(new byte[0]));
        if (form) {
            readForm(new String(body, StandardCharsets.UTF_8), params);
        } else if (body.length > 0) {
            readJson(body, params);
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_PARAMETER_BODY + 1);
        if (body.length > MAX_PARAMETER_BODY) {
            throw new LimitExceeded("a form or JSON body may be at most " + MAX_PARAMETER_BODY
                    + " bytes; send files as multipart/form-data or as a raw body");
        }
        return body;
    }

    private static void readForm(String body, MultivaluedMap<String, String> params) {
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.add(name, value);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("the form body is malformed: '" + abbreviate(pair) + "' is not name=value in "
                        + "application/x-www-form-urlencoded (" + e.getMessage() + ")");
            }
        }
    }

    private static void readJson(byte[] body, MultivaluedMap<String, String> params) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidInput("the JSON body is malformed: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInput("the JSON body must be an object of field names and values");
        }
        root.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isArray()) {
                value.forEach(item -> params.add(field.getKey(), scalar(field.getKey(), item)));
            } else {
                params.add(field.getKey(), scalar(field.getKey(), value));
            }
        });
    }

    private static String scalar(String name, JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        if (value.isContainerNode()) {
            throw InvalidInput.field(name, "must be a string, number, boolean or an array of them");
        }
        return value.asText();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
