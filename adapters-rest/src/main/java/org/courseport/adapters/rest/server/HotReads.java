package org.courseport.adapters.rest.server;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseport.adapters.rest.auth.RouteScopes;
import org.courseport.adapters.rest.auth.TokenAuthenticator;
import org.courseport.adapters.rest.http.Formats;
import org.courseport.adapters.rest.http.RequestLog;
import org.courseport.adapters.rest.http.RequestRewriting;
import org.courseport.adapters.rest.limit.RateLimiting;
import org.courseport.adapters.rest.representation.Representation;
import org.courseport.adapters.rest.representation.RepresentationWriter;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.limit.RateDecision;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.util.Header;
import org.slf4j.MDC;

/**
 * Serves the reads robots repeat most, one resource by id, beside Jersey instead of through it: Jersey's
 * per-request machinery (its filter chains, routing, content negotiation and writer look-up) costs
 * several times what the read itself does. Only a plain request is served here: {@code GET}, no query,
 * no body, a Courseport token, a format chosen by extension or by a plain {@code Accept}. It gets the
 * answer Jersey would give: the same resource method, token check, scope check
 * ({@link RouteScopes}), rate limit and headers ({@link RateLimiting}), request id and log line
 * ({@link RequestLog}), writer. Every other request, and every one that would be refused or fail, goes
 * on to Jersey untouched, which answers it with its problem document and audit entry: by then nothing
 * here has been counted or changed (bar the token's last use, which Jersey records again anyway).
 */
public final class HotReads {
    /** The formats of one resource, and the {@code Content-Type} Jersey's writer answers with. */
    private enum Format {
        XML(MediaType.APPLICATION_XML_TYPE), JSON(MediaType.APPLICATION_JSON_TYPE);

        final MediaType type;
        final String contentType;

        Format(MediaType type) {
            this.type = type;
            this.contentType = type.withCharset("UTF-8").toString();
        }
    }

    /** A route served here: a path relative to the application, after rewriting, and how to read it. */
    public record Route(Pattern path, BiFunction<Caller, Matcher, Representation> read) {
    }

    private final TokenAuthenticator tokens;
    private final RateLimiting rateLimiting;
    private final List<Route> routes;

    public HotReads(TokenAuthenticator tokens, RateLimiting rateLimiting, List<Route> routes) {
        this.tokens = tokens;
        this.rateLimiting = rateLimiting;
        this.routes = List.copyOf(routes);
    }

    /** {@code next} (Jersey's container), with the hot reads answered before it; an {@code Expect} is the outer handler's to answer. */
    HttpHandler around(HttpHandler next) {
        return new HttpHandler(next.getName()) {
            @Override
            public void start() {
                next.start();
            }

            @Override
            public void destroy() {
                next.destroy();
            }

            @Override
            public void service(Request request, Response response) throws Exception {
                if (!served(request, response)) {
                    next.service(request, response);
                }
            }
        };
    }

    private boolean served(Request request, Response response) throws IOException {
        long started = System.nanoTime();
        String rawPath = request.getRequestURI();
        if (request.getMethod() != Method.GET || request.getQueryString() != null || rawPath.indexOf('%') >= 0
                || request.getContentLengthLong() > 0 || request.getHeader(Header.TransferEncoding) != null) {
            return false;
        }
        String authorization = request.getHeader(Header.Authorization);
        if (authorization == null || repeated(request, Header.Authorization) || repeated(request, Header.Accept)) {
            return false;
        }
        RequestRewriting.Rewritten rewritten = RequestRewriting.rewrite(rawPath);
        Optional<Format> format = format(rewritten.accept().orElse(request.getHeader(Header.Accept)));
        if (format.isEmpty()) {
            return false;
        }
        for (Route route : routes) {
            Matcher matcher = route.path().matcher(rewritten.path());
            if (matcher.matches()) {
                return served(request, response, authorization, route, matcher, format.get(), started);
            }
        }
        return false;
    }

    private boolean served(Request request, Response response, String authorization, Route route, Matcher matcher, Format format,
                           long started)
            throws IOException {
        String path = matcher.group();
        String id = RequestLog.requestId(request.getHeader(RequestLog.HEADER));
        MDC.put(RequestLog.MDC_KEY, id);
        try {
            Caller caller;
            Representation representation;
            try {
                caller = tokens.authenticate(authorization);
                RouteScopes.check(caller, "GET", path);
                representation = route.read().apply(caller, matcher);
            } catch (RuntimeException refusedOrFailed) {
                return false;
            }
            RateDecision decision = rateLimiting.charge(caller, "GET");
            if (!decision.allowed()) {
                return false;
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream(512);
            RepresentationWriter.writeOne(representation, format.type, body);
            response.setStatus(200);
            RateLimiting.headers(decision, (name, value) -> response.setHeader(name, String.valueOf(value)));
            response.setHeader(RequestLog.HEADER, id);
            response.setContentType(format.contentType);
            response.setContentLength(body.size());
            body.writeTo(response.getOutputStream());
            RequestLog.answered("GET", "/" + path, 200, started);
            return true;
        } finally {
            MDC.remove(RequestLog.MDC_KEY);
        }
    }

    /** Whether the header comes more than once: Jersey reads the values as one, joined with commas, so only Jersey may answer. */
    private static boolean repeated(Request request, Header header) {
        Iterator<String> values = request.getHeaders(header.toString()).iterator();
        return values.hasNext() && values.next() != null && values.hasNext();
    }

    /** The format asked for, where it is one Jersey would choose the same way without negotiating: XML unless JSON is asked. */
    private static Optional<Format> format(String accept) {
        if (accept == null || accept.equals("*/*") || accept.equals(Formats.XML)) {
            return Optional.of(Format.XML);
        }
        return accept.equals(Formats.JSON) ? Optional.of(Format.JSON) : Optional.empty();
    }
}
