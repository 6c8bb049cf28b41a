package org.courseport.adapters.rest.server;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.jakarta.xmlbind.JakartaXmlBindAnnotationModule;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.ContextResolver;
import java.util.List;
import org.courseport.adapters.rest.auth.Authentication;
import org.courseport.adapters.rest.error.ProblemMapper;
import org.courseport.adapters.rest.http.RequestLog;
import org.courseport.adapters.rest.http.RequestRewriting;
import org.courseport.adapters.rest.representation.RepresentationWriter;
import org.courseport.application.auth.AuthenticateCaller;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;

/**
 * Courseport's REST adapter as one registration: the resources (built elsewhere, by Guice or by
 * hand), the filters, the writers and the error mapping. A {@link Feature} among the resources is
 * registered as it is: it brings what some resources need, configured (multipart for uploads, say). A Jersey application mounts all of it with
 * {@code register(new CourseportFeature(...))}.
 */
public final class CourseportFeature implements Feature {
    private final AuthenticateCaller authenticator;
    private final List<Object> resources;

    public CourseportFeature(AuthenticateCaller authenticator, List<Object> resources) {
        this.authenticator = authenticator;
        this.resources = List.copyOf(resources);
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(RequestLog.class);
        context.register(RequestRewriting.class);
        context.register(new Authentication(authenticator));
        context.register(ProblemMapper.class);
        context.register(RepresentationWriter.class);
        context.register(JacksonFeature.withoutExceptionMappers());
        context.register(new ProblemJson());
        for (Object resource : resources) {
            if (resource instanceof Feature feature) {
                context.register(feature);
            } else {
                context.register(resource.getClass());
            }
        }
        context.register(new InstanceBinder(resources.stream().filter(r -> !(r instanceof Feature)).toList()));
        return true;
    }

    /**
     * Hands Jersey the instances built outside it. Registering an instance alone would work but
     * warns; HK2's guice bridge would build a second one per request.
     */
    private static final class InstanceBinder extends AbstractBinder {
        private final List<Object> resources;

        InstanceBinder(List<Object> resources) {
            this.resources = resources;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected void configure() {
            for (Object resource : resources) {
                bind(resource).to((Class) resource.getClass());
            }
        }
    }

    /** Jackson reading JAXB annotations, so a problem has the same names in JSON as in XML. */
    private static final class ProblemJson implements ContextResolver<ObjectMapper> {
        private final ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JakartaXmlBindAnnotationModule())
                .enable(MapperFeature.USE_WRAPPER_NAME_AS_PROPERTY_NAME)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }
}
