package org.courseport.adapters.rest.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import org.courseport.adapters.rest.auth.AuthenticationRefused;
import org.courseport.adapters.rest.http.Formats;
import org.courseport.adapters.rest.http.ParameterBodyTypes;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.DomainException;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.LimitExceeded;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unauthenticated;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.text.WritableText;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP: domain errors by kind, the framework's own refusals
 * (404 route, 405, 406, 415, 503) by their status, a body that stalled or broke off by what the client
 * did, and anything else as a 500 that logs a reference and shows the client nothing of the cause.
 *
 * <p>A refusal of a request that has a body closes the connection: the body may not have been read,
 * and reading it to the end for a caller who is refused (or slow) is what a slow client wants.
 */
public final class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Context
    private HttpHeaders headers;
    /** A per-request proxy; a {@code ContainerRequestContext} field would keep the first request's. */
    @Context
    private ExtendedUriInfo uriInfo;
    @Context
    private Request request;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof AuthenticationRefused refused) {
            Unauthenticated domain = refused.refusal();
            return respond(status(domain), domain.kind(), domain.title(), domain.getMessage(), domain.errors(),
                    refused.challenges());
        }
        if (failure instanceof DomainException domain) {
            return respond(status(domain), domain.kind(), domain.title(), domain.getMessage(), domain.errors(), List.of());
        }
        Optional<BrokenBody> broken = BrokenBody.of(failure);
        if (broken.isPresent()) {
            return respond(broken.get().status(), broken.get().kind(), broken.get().title(), broken.get().detail(),
                    List.of(), List.of());
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() != 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            Response response = respond(status.getStatusCode(), kebab(status.getReasonPhrase()), status.getReasonPhrase(),
                    status.getStatusCode() == 415 ? unsupportedDetail() : frameworkDetail(status.getStatusCode(), web),
                    List.of(), List.of());
            String retryAfter = web.getResponse().getHeaderString(HttpHeaders.RETRY_AFTER);
            return retryAfter == null ? response : Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, retryAfter).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("unexpected failure, reference {}", reference, failure);
        return respond(500, "internal-error", "Internal server error",
                "the server failed; quote reference " + reference + " when reporting it", List.of(), List.of());
    }

    private Response respond(int status, String kind, String title, String detail,
                             List<org.courseport.domain.error.FieldError> errors, List<String> challenges) {
        Response.ResponseBuilder response = Response.status(status)
                .entity(Problem.of(kind, title, status, detail, instance(), errors))
                .type(wantsXml() ? Formats.PROBLEM_XML : Formats.PROBLEM_JSON);
        challenges.forEach(value -> response.header(HttpHeaders.WWW_AUTHENTICATE, value));
        if (hasBody()) {
            response.header("Connection", "close");
        }
        return response.build();
    }

    /** Java 17 has no pattern switch; the order below is the whole family. */
    public static int status(DomainException failure) {
        if (failure instanceof InvalidInput) {
            return 400;
        } else if (failure instanceof Unauthenticated) {
            return 401;
        } else if (failure instanceof Forbidden) {
            return 403;
        } else if (failure instanceof NotFound) {
            return 404;
        } else if (failure instanceof Conflict) {
            return 409;
        } else if (failure instanceof LimitExceeded) {
            return 413;
        } else if (failure instanceof Unprocessable) {
            return 422;
        }
        throw new IllegalStateException("unmapped domain failure " + failure.getClass());
    }

    private static String frameworkDetail(int status, WebApplicationException failure) {
        return switch (status) {
            case 404 -> "no such route";
            case 405 -> "this route does not allow that method";
            case 406 -> "the server cannot produce any type the Accept header allows";
            case 503 -> "the server is busy; try again after the time Retry-After gives";
            default -> failure.getMessage();
        };
    }

    /**
     * Names the body types the route takes for this method: those its methods declare, or, for one
     * that declares none (it reads parameters only), the parameter encodings.
     */
    private String unsupportedDetail() {
        String given = headers == null || headers.getMediaType() == null ? "that Content-Type"
                : essence(headers.getMediaType());
        Set<String> accepted = new LinkedHashSet<>();
        if (uriInfo != null && request != null) {
            uriInfo.getMatchedRuntimeResources().stream()
                    .flatMap(resource -> resource.getResourceMethods().stream())
                    .filter(method -> method.getHttpMethod().equals(request.getMethod()))
                    .forEach(method -> {
                        // Jersey leaves the types of a method without @Consumes empty: any, read as parameters
                        if (method.getConsumedTypes().isEmpty()
                                || method.getConsumedTypes().stream().anyMatch(MediaType::isWildcardType)) {
                            accepted.addAll(ParameterBodyTypes.PARAMETER_TYPES);
                        }
                        method.getConsumedTypes().stream().filter(type -> !type.isWildcardType())
                                .forEach(type -> accepted.add(essence(type)));
                    });
        }
        return "this route does not take a body of type " + WritableText.excerpt(given)
                + (accepted.isEmpty() ? "" : "; it takes " + String.join(", ", accepted));
    }

    private static String essence(MediaType type) {
        return type.getType() + "/" + type.getSubtype();
    }

    /** XML when XML was asked for or nothing in particular was, as for the resources themselves. */
    private boolean wantsXml() {
        List<MediaType> acceptable = headers == null ? List.of() : headers.getAcceptableMediaTypes();
        if (acceptable.isEmpty()) {
            return true;
        }
        MediaType first = acceptable.get(0);
        return first.isWildcardType() || first.getSubtype().equals("xml") || first.getSubtype().endsWith("+xml");
    }

    private boolean hasBody() {
        return headers != null && (headers.getLength() > 0 || headers.getHeaderString("Transfer-Encoding") != null);
    }

    private String instance() {
        return uriInfo == null ? null : "/" + uriInfo.getPath(false);
    }

    private static String kebab(String phrase) {
        return phrase.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
