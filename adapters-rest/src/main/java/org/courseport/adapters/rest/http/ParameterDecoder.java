package org.courseport.adapters.rest.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.text.WritableText;

/**
 * Parameters out of a query string, a form body or a JSON body, strictly: a bad percent-escape,
 * bytes that are not UTF-8 or a key given twice is refused, never guessed at ({@code URLDecoder}
 * and Jersey's own decoding turn bad bytes into U+FFFD, and a JSON object keeps the last duplicate).
 */
final class ParameterDecoder {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private ParameterDecoder() {
    }

    static boolean isForm(MediaType type) {
        return type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    static boolean isJson(MediaType type) {
        return type.getType().equals("application")
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    /** {@code application/x-www-form-urlencoded} pairs; a query string has the same syntax. */
    static void form(byte[] encoded, String source, MultivaluedMap<String, String> params) {
        int start = 0;
        while (start < encoded.length) {
            int end = indexOf(encoded, '&', start, encoded.length);
            if (end > start) {
                int eq = indexOf(encoded, '=', start, end);
                String name = ParameterText.decodeName(unescape(encoded, start, eq, source));
                String value = eq == end ? "" : ParameterText.decode(name, unescape(encoded, eq + 1, end, source));
                params.add(name, value);
            }
            start = end + 1;
        }
    }

    private static int indexOf(byte[] bytes, char wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return to;
    }

    private static byte[] unescape(byte[] encoded, int from, int to, String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = encoded[i];
            if (b == '+') {
                out.write(' ');
            } else if (b != '%') {
                out.write(b);
            } else if (i + 2 < to && hex(encoded[i + 1]) >= 0 && hex(encoded[i + 2]) >= 0) {
                out.write(hex(encoded[i + 1]) * 16 + hex(encoded[i + 2]));
                i += 2;
            } else {
                String pair = new String(encoded, from, to - from, StandardCharsets.ISO_8859_1);
                throw new InvalidInput(source + " is malformed: '" + WritableText.excerpt(pair) + "' is not name=value"
                        + " in application/x-www-form-urlencoded (a % must be followed by two hex digits)");
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    /**
     * A JSON object: each member a parameter, an array a repeated one, {@code null} an empty value, an object
     * (alone or in an array) its JSON text.
     */
    static void json(byte[] body, MultivaluedMap<String, String> params) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (StreamReadException e) {
            throw refusal(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInput("the JSON body must be an object of field names and values");
        }
        root.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isObject()) {
                // A document as a value (MarkUs's update_test_specs sends {"specs": {...}}): its JSON text.
                params.add(field.getKey(), value.toString());
            } else if (value.isArray()) {
                // An object in an array (MarkUs's grade_entry_items, annotations) passes as its JSON text too.
                value.forEach(item -> params.add(field.getKey(), item.isObject() ? item.toString()
                        : scalar(field.getKey(), item)));
            } else {
                params.add(field.getKey(), scalar(field.getKey(), value));
            }
        });
    }

    /**
     * Jackson reports a duplicate key and bad UTF-8 only by message; the parser still knows the member
     * it was reading, so the refusal can name it.
     */
    private static RuntimeException refusal(StreamReadException e) {
        String why = e.getOriginalMessage();
        JsonParser parser = e.getProcessor();
        String member = parser == null ? null : parser.getParsingContext().getCurrentName();
        if (member != null && why.startsWith("Duplicate field")) {
            return InvalidInput.field(WritableText.excerpt(member), "is given more than once in the JSON body");
        }
        if (member != null && why.startsWith("Invalid UTF-8")) {
            return ParameterText.notUtf8(member);
        }
        return new InvalidInput("the JSON body is malformed: " + WritableText.excerpt(why));
    }

    private static String scalar(String name, JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        if (value.isContainerNode()) {
            throw InvalidInput.field(name, "must be a string, number, boolean, object or an array of them");
        }
        return value.asText();
    }
}
