package org.courseport.adapters.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.jakarta.xmlbind.JakartaXmlBindAnnotationModule;
import jakarta.ws.rs.ext.ContextResolver;
import java.util.List;

/**
 * Jackson reading JAXB annotations, so a problem has the same names in JSON as in XML. Only for
 * problems: a host's own JSON keeps the host's mapper. The HTTP codec, below Jersey, writes its
 * refusals with the same mapper.
 */
public final class ProblemJson implements ContextResolver<ObjectMapper> {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JakartaXmlBindAnnotationModule())
            .enable(MapperFeature.USE_WRAPPER_NAME_AS_PROPERTY_NAME)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return type == Problem.class ? MAPPER : null;
    }

    /** A problem with no fields at fault, as {@code application/problem+json} bytes. */
    public static byte[] write(int status, String kind, String title, String detail) {
        try {
            return MAPPER.writeValueAsBytes(Problem.of(kind, title, status, detail, null, List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document could not be written", e);
        }
    }
}
