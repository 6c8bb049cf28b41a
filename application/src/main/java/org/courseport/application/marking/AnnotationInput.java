package org.courseport.application.marking;

import java.util.Map;

/**
 * One annotation as MarkUs's client sends it: the file (its base name, or its path), the content, an
 * optional category name and type, and the location fields given (any of {@code line_start} … {@code page}).
 */
public record AnnotationInput(String filename, String content, String category, String type, Map<String, Long> location) {
    public AnnotationInput {
        location = location == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(location));
    }
}
