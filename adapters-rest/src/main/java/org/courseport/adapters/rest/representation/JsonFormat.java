package org.courseport.adapters.rest.representation;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

/** JSON: an object per resource, an array per collection, snake_case keys, null as null. */
final class JsonFormat implements WireFormat {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Override
    public void writeOne(Representation one, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            object(json, one);
        }
    }

    @Override
    public void writeCollection(RepresentationStream collection, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartArray();
            collection.rows().forEach(row -> {
                try {
                    object(json, row.select(collection.fields()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
        }
    }

    /** A nested value as JSON text, for a CSV cell. */
    static String text(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            value(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void object(JsonGenerator json, Representation representation) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Object> attribute : representation.attributes().entrySet()) {
            json.writeFieldName(attribute.getKey());
            value(json, attribute.getValue());
        }
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Representation nested) {
            object(json, nested);
        } else if (value instanceof NestedList list) {
            json.writeStartArray();
            for (Representation item : list.items()) {
                object(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof Number number) {
            json.writeNumber(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else {
            json.writeString(WireFormat.text(value));
        }
    }
}
