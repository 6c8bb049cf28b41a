package org.courseport.domain.marking;

import java.util.List;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.text.WritableText;

/** Where on a file an annotation sits, by MarkUs's annotation types, and the location fields each takes. */
public enum AnnotationKind {
    TEXT("TextAnnotation", List.of("line_start", "line_end", "column_start", "column_end")),
    IMAGE("ImageAnnotation", List.of("x1", "y1", "x2", "y2")),
    PDF("PdfAnnotation", List.of("x1", "y1", "x2", "y2", "page"));

    /** Every location field of any kind. */
    public static final List<String> LOCATION_FIELDS = List.of("line_start", "line_end", "column_start", "column_end",
            "x1", "y1", "x2", "y2", "page");

    private final String wireName;
    private final List<String> fields;

    AnnotationKind(String wireName, List<String> fields) {
        this.wireName = wireName;
        this.fields = fields;
    }

    public String wireName() {
        return wireName;
    }

    /** The location fields an annotation of this kind must give, and the only ones it may. */
    public List<String> fields() {
        return fields;
    }

    /** MarkUs's type name; none given is a text annotation, as MarkUs's client annotates lines of code. */
    public static AnnotationKind parse(String text) {
        if (text == null || text.isBlank()) {
            return TEXT;
        }
        for (AnnotationKind kind : values()) {
            if (kind.wireName.equals(text.strip())) {
                return kind;
            }
        }
        throw InvalidInput.field("type", "must be TextAnnotation, ImageAnnotation or PdfAnnotation, not '"
                + WritableText.excerpt(text) + "'");
    }
}
