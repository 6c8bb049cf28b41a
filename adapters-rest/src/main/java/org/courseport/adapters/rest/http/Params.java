package org.courseport.adapters.rest.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import org.courseport.application.query.CollectionRequest;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.text.WritableText;

/**
 * A request's parameters from every place the contract allows: the query string, and a form-encoded
 * or JSON body. Older clients send everything in the body, GET included, so resources read here only.
 * Every name and value is text that can be written back ({@link ParameterText}), whatever its route.
 */
public final class Params {
    static final String PROPERTY = Params.class.getName();

    private final MultivaluedMap<String, String> values;

    Params(MultivaluedMap<String, String> values) {
        values.forEach((name, given) -> {
            ParameterText.checkName(name);
            given.forEach(value -> ParameterText.check(name, value));
        });
        this.values = values;
    }

    /** The parameters gathered for this request by {@link BodyParameters}. */
    public static Params of(ContainerRequestContext request) {
        Object params = request.getProperty(PROPERTY);
        return params instanceof Params p ? p : new Params(new MultivaluedHashMap<>());
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
