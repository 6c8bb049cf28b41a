package org.courseport.domain.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The attributes of one kind of resource, in their order on the wire, and what may be done with each. */
public record ResourceSchema(String resource, List<FieldSpec> fields) {
    public ResourceSchema {
        fields = List.copyOf(fields);
        Map<String, FieldSpec> seen = new LinkedHashMap<>();
        for (FieldSpec field : fields) {
            if (seen.put(field.name(), field) != null) {
                throw new IllegalArgumentException("field named twice: " + field.name());
            }
        }
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return names(f -> true);
    }

    public List<String> filterable() {
        return names(FieldSpec::filterable);
    }

    public List<String> sortable() {
        return names(FieldSpec::sortable);
    }

    private List<String> names(Predicate<FieldSpec> which) {
        return fields.stream().filter(which).map(FieldSpec::name).toList();
    }
}
