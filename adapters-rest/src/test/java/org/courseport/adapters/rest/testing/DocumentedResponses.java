package org.courseport.adapters.rest.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseport.adapters.rest.docs.OpenApiResource;
import org.courseport.adapters.rest.http.Formats;

/**
 * Holds the responses tests receive to the OpenAPI document, with Atlassian's validator: a JSON
 * body, resource or problem alike, must match its operation's schema for that status, and a route
 * the document lacks may only refuse (401, 404, 405, 406). A mismatch fails the test that received it,
 * so every REST and end-to-end test also checks the document.
 */
public final class DocumentedResponses {
    private static final String YAML = document();
    private static final Set<String> PATHS = new OpenAPIV3Parser().readContents(YAML).getOpenAPI().getPaths().keySet();
    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForInlineApiSpecification(YAML).build();
    /** What an undocumented route may answer: the refusals that come before or instead of routing. */
    private static final Set<Integer> REFUSALS = Set.of(401, 404, 405, 406);
    private static final Set<String> UNDOCUMENTED = Set.of(
            "validation.request.path.missing", "validation.request.operation.notAllowed");
    private static final Pattern UNVERSIONED = Pattern.compile("/api(?!/v\\d+(/|$))(.*)");
    /** Routes whose last parameter is a course key, which in its older form spans three segments. */
    private static final Pattern COURSE_KEY = Pattern.compile("(/api/v1/(?:courses|import|export)/)(?![0-9]+/)(.+)");
    /** MarkUs's current client lists and makes courses at unversioned {@code /api/courses}: the roster route. */
    private static final Pattern MARKUS_COURSES = Pattern.compile("/api/courses(\\.json|\\.xml|\\.csv)?");

    private DocumentedResponses() {
    }

    /** Fails when {@code response} (its body given as text, or null if not read as text) breaks the document. */
    static void check(URI base, HttpResponse<?> response, String body) {
        String path = documentedPath(base, response.request().uri());
        if (path == null) {
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        boolean json = isJson(type);
        if (json && body != null) {
            answer.withContentType(type).withBody(body);
        }
        ValidationReport report = VALIDATOR.validateResponse(path,
                Request.Method.valueOf(response.request().method()), answer.build());
        String where = response.request().method() + " " + response.request().uri() + " → " + response.statusCode();
        if (report.getMessages().stream().anyMatch(m -> UNDOCUMENTED.contains(m.getKey()))) {
            if (!REFUSALS.contains(response.statusCode())) {
                throw new AssertionError("the OpenAPI document lacks a route the server answered: " + where);
            }
            return;
        }
        if (json && body != null && report.hasErrors()) {
            throw new AssertionError("the response does not match the OpenAPI document: " + where + "\n"
                    + SimpleValidationReportFormat.getInstance().apply(report) + "\nbody: " + body);
        }
    }

    /**
     * The request path as the document names it: relative to the client's base, v1 for the unversioned
     * {@code /api}, without a format extension (as the server reads it), and with a course key in one
     * segment. Null for a path outside Courseport's.
     */
    private static String documentedPath(URI base, URI request) {
        String raw = request.getRawPath();
        String prefix = base.getRawPath().endsWith("/") ? base.getRawPath() : base.getRawPath() + "/";
        if (!raw.startsWith(prefix)) {
            return null;
        }
        String path = "/" + raw.substring(prefix.length());
        if (!path.equals("/api") && !path.startsWith("/api/") && !path.startsWith("/health")) {
            return null;
        }
        Matcher unversioned = UNVERSIONED.matcher(path);
        if (MARKUS_COURSES.matcher(path).matches()) {
            return "/api/v1/course_roster";
        }
        if (unversioned.matches()) {
            path = "/api/v1" + unversioned.group(2);
        }
        if (!PATHS.contains(path)) {
            for (String extension : Formats.EXTENSIONS.keySet()) {
                String last = path.substring(path.lastIndexOf('/') + 1);
                if (last.length() > extension.length() && last.endsWith(extension)) {
                    path = path.substring(0, path.length() - extension.length());
                    break;
                }
            }
        }
        Matcher key = COURSE_KEY.matcher(path);
        if (key.matches()) {
            path = key.group(1) + key.group(2).replace("/", "%2F");
        }
        return path;
    }

    private static boolean isJson(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /** The document's YAML, as the server serves it. */
    public static String document() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
