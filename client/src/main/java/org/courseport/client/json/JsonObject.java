package org.courseport.client.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One JSON object, read by member name with the type the API documents for it. */
public final class JsonObject {
    private final Map<?, ?> members;

    private JsonObject(Map<?, ?> members) {
        this.members = members;
    }

    static JsonObject of(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return new JsonObject(map);
        }
        throw new IllegalArgumentException(what + " is not a JSON object");
    }

    static List<JsonObject> list(Object value, String what) {
        if (value instanceof List<?> items) {
            return items.stream().map(item -> of(item, "an item of " + what)).toList();
        }
        throw new IllegalArgumentException(what + " is not a JSON array");
    }

    public boolean has(String name) {
        return members.get(name) != null;
    }

    /** The member as text, or null when it is absent or null. */
    public String text(String name) {
        Object value = members.get(name);
        return value == null ? null : value.toString();
    }

    /** A whole number, 0 when it is absent or null. */
    public long number(String name) {
        return members.get(name) instanceof Number number ? number.longValue() : 0;
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(members.get(name));
    }

    public Optional<JsonObject> object(String name) {
        Object value = members.get(name);
        return value == null ? Optional.empty() : Optional.of(of(value, "'" + name + "'"));
    }

    /** The member's array of objects, empty when it is absent or null. */
    public List<JsonObject> objects(String name) {
        Object value = members.get(name);
        return value == null ? List.of() : list(value, "'" + name + "'");
    }
}
