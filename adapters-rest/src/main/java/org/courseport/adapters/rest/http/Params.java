package org.courseport.adapters.rest.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.courseport.application.query.CollectionRequest;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.text.WritableText;

/**
 * A request's parameters from every place the contract allows: the query string, and a form-encoded,
 * JSON or multipart body; and the route's content, if it takes any. Older clients send everything in
 * the body, GET included, so resources read here only. Every name and value is text that can be
 * written back ({@link ParameterText}), whatever its route.
 */
public final class Params {
    static final String PROPERTY = Params.class.getName();

    private final MultivaluedMap<String, String> values;
    private final Optional<String> contentField;
    private final Optional<Upload> upload;
    private final boolean parameterBody;

    Params(MultivaluedMap<String, String> values, Optional<String> contentField, Optional<Upload> upload,
           boolean parameterBody) {
        values.forEach((name, given) -> {
            ParameterText.checkName(name);
            given.forEach(value -> ParameterText.check(name, value));
        });
        this.values = values;
        this.contentField = contentField;
        this.upload = upload;
        this.parameterBody = parameterBody;
    }

    /** The parameters gathered for this request by {@link ParameterReader}. */
    public static Params of(ContainerRequestContext request) {
        Object params = request.getProperty(PROPERTY);
        return params instanceof Params p ? p : new Params(new MultivaluedHashMap<>(), Optional.empty(), Optional.empty(), false);
    }

    /** The names given, the content field's among them when a part carried it. */
    Set<String> names(boolean contentGiven) {
        Set<String> names = new HashSet<>(values.keySet());
        contentField.filter(field -> contentGiven).ifPresent(names::add);
        return names;
    }

    /**
     * The route's content: the multipart part that carried it, else the text of its field from the query
     * string, a form or a JSON body, as UTF-8.
     */
    private Optional<Upload> content() {
        return upload.or(() -> contentField.flatMap(this::optional)
                .map(text -> new Upload(Optional.empty(), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))));
    }

    /** The content, which must be given: as a file, or as text that is not blank. */
    public Upload requiredContent() {
        String field = contentField.orElseThrow(() -> new IllegalStateException("the route declares no content"));
        if (upload.isEmpty()) {
            required(field);
        }
        return content().orElseThrow();
    }

    /**
     * For a route that takes its content in a parameter body or as the raw body: the content when the
     * body held parameters (then it must be among them), else {@code rawBody}.
     */
    public InputStream contentOr(InputStream rawBody) {
        return parameterBody ? requiredContent().stream() : content().map(Upload::stream).orElse(rawBody);
    }

    /** Parameter {@code name} when given, else the name the content's file came with. */
    public Optional<String> fileName(String name) {
        return optional(name).filter(given -> !given.isBlank()).or(() -> upload.flatMap(Upload::fileName));
    }

    /** Every parameter given with its first value, for a route whose names are data ({@link Accepts#anyNames}). */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        values.forEach((name, given) -> all.put(name, given.isEmpty() ? "" : given.get(0)));
        return all;
    }

    /** The first value given, null when absent. */
    public String get(String name) {
        return values.getFirst(name);
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(get(name));
    }

    /** Every value given for a repeated parameter, each comma-separated item on its own. */
    public List<String> list(String name) {
        List<String> given = values.get(name);
        if (given == null) {
            return List.of();
        }
        return given.stream().flatMap(v -> List.of(v.split(",")).stream()).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Every value given for a repeated parameter, each as it came (a JSON object's text keeps its commas). */
    public List<String> all(String name) {
        return List.copyOf(Optional.ofNullable(values.get(name)).orElse(List.of()));
    }

    public String required(String name) {
        String value = get(name);
        if (value == null || value.isBlank()) {
            throw InvalidInput.field(name, "is required");
        }
        return value;
    }

    public Optional<Integer> optionalInt(String name) {
        return optional(name).filter(s -> !s.isBlank()).map(text -> {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw InvalidInput.field(name, "must be a whole number, not '" + WritableText.excerpt(text) + "'");
            }
        });
    }

    public Optional<Boolean> optionalBoolean(String name) {
        return optional(name).filter(s -> !s.isBlank()).map(text -> switch (text.strip().toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw InvalidInput.field(name, "must be true or false, not '" + WritableText.excerpt(text) + "'");
        });
    }

    public CollectionRequest collection() {
        return new CollectionRequest(get("filter"), get("fields"), get("limit"), get("offset"), get("sort"));
    }
}
