package org.courseport.adapters.rest.representation;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.courseport.adapters.rest.http.Formats;

/** Writes representations and streamed collections as XML, JSON or CSV, whichever was negotiated. */
@Provider
@Produces({Formats.XML, Formats.JSON, Formats.CSV})
public final class RepresentationWriter implements MessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return (type == Representation.class || type == RepresentationStream.class) && format(mediaType) != null;
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle(HttpHeaders.CONTENT_TYPE, mediaType.withCharset("UTF-8"));
        WireFormat format = format(mediaType);
        try {
            if (entity instanceof RepresentationStream stream) {
                format.writeCollection(stream, out);
            } else {
                format.writeOne((Representation) entity, out);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes one representation as {@code type} ({@link Formats#XML} or {@link Formats#JSON}), the same
     * bytes as through Jersey: for a read served beside it.
     */
    public static void writeOne(Representation one, MediaType type, OutputStream out) throws IOException {
        WireFormat format = format(type);
        if (format == null || format instanceof CsvFormat) {
            throw new IllegalArgumentException("a single resource is written as XML or JSON, not " + type);
        }
        try {
            format.writeOne(one, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static WireFormat format(MediaType type) {
        if (type.getSubtype().equals("xml")) {
            return new XmlFormat();
        }
        if (type.getSubtype().equals("json")) {
            return new JsonFormat();
        }
        if (type.isCompatible(Formats.CSV_TYPE)) {
            return new CsvFormat();
        }
        return null;
    }
}
