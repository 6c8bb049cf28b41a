package org.courseport.adapters.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.LimitExceeded;

/**
 * Gathers the parameters of the query string and of a form or JSON body into {@link Params}. It runs
 * after {@code Authentication} (priority 200), so that no body is read, or even waited for, on behalf
 * of a caller who has not said who they are. Files travel as multipart or raw bodies, not read here.
 */
@PreMatching
@Priority(300)
public final class BodyParameters implements ContainerRequestFilter {
    /** Parameters in a body are small; files travel as multipart or raw bodies, which are not read here. */
    private static final int MAX_PARAMETER_BODY = 16 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!CourseportPaths.isCourseport(request)) {
            return;
        }
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        request.getUriInfo().getQueryParameters(true).forEach(params::addAll);
        readBody(request, params);
        request.setProperty(Params.PROPERTY, new Params(params));
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
