package org.courseport.domain.marking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.courseport.domain.error.Unprocessable;

/**
 * Where an annotation sits: exactly the location fields of its kind (lines and columns of text, a
 * region of an image, a region of a PDF page), each a whole number of at least 0 (a page at least 1),
 * and a range that does not run backwards.
 */
public record AnnotationLocation(AnnotationKind kind, Map<String, Long> fields) {
    public AnnotationLocation {
        Objects.requireNonNull(kind, "kind");
        List<String> problems = new ArrayList<>();
        for (String field : AnnotationKind.LOCATION_FIELDS) {
            boolean given = fields.get(field) != null;
            if (kind.fields().contains(field) && !given) {
                problems.add(field + " is required for a " + kind.wireName());
            } else if (!kind.fields().contains(field) && given) {
                problems.add(field + " is not a field of a " + kind.wireName());
            } else if (given && fields.get(field) < (field.equals("page") ? 1 : 0)) {
                problems.add(field + " must not be " + fields.get(field));
            }
        }
        if (!problems.isEmpty()) {
            throw new Unprocessable(String.join("; ", problems));
        }
        Map<String, Long> kept = new LinkedHashMap<>();
        for (String field : kind.fields()) {
            kept.put(field, fields.get(field));
        }
        fields = java.util.Collections.unmodifiableMap(kept);
        if (kind == AnnotationKind.TEXT && fields.get("line_end") < fields.get("line_start")) {
            throw new Unprocessable("line_end must not come before line_start");
        }
    }

    /** A location field, or null when this kind has none of that name. */
    public Long get(String field) {
        return fields.get(field);
    }
}
