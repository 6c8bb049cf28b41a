package org.courseport.domain.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.user.UserId;
import org.junit.jupiter.api.Test;

class AnnotationLocationTest {

    @Test
    void eachKindTakesExactlyItsFields() {
        AnnotationLocation text = new AnnotationLocation(AnnotationKind.TEXT,
                Map.of("line_start", 1L, "line_end", 2L, "column_start", 0L, "column_end", 5L));
        assertEquals(List.of("line_start", "line_end", "column_start", "column_end"), List.copyOf(text.fields().keySet()));
        assertEquals(2L, text.get("line_end"));
        assertEquals(null, text.get("x1"));
        AnnotationLocation pdf = new AnnotationLocation(AnnotationKind.PDF,
                Map.of("x1", 1L, "y1", 2L, "x2", 3L, "y2", 4L, "page", 1L));
        assertEquals(1L, pdf.get("page"));
        assertEquals(0L, new AnnotationLocation(AnnotationKind.IMAGE, Map.of("x1", 0L, "y1", 0L, "x2", 0L, "y2", 0L))
                .get("x1"));
        Map<String, Long> withNull = new HashMap<>(Map.of("x1", 1L, "y1", 2L, "x2", 3L, "y2", 4L));
        withNull.put("line_start", null);
        assertEquals(4, new AnnotationLocation(AnnotationKind.IMAGE, withNull).fields().size());

        assertEquals("line_end is required for a TextAnnotation; column_start is required for a TextAnnotation; "
                        + "column_end is required for a TextAnnotation; x1 is not a field of a TextAnnotation",
                assertThrows(Unprocessable.class, () -> new AnnotationLocation(AnnotationKind.TEXT,
                        Map.of("line_start", 1L, "x1", 1L))).getMessage());
        assertThrows(Unprocessable.class, () -> new AnnotationLocation(AnnotationKind.PDF,
                Map.of("x1", 1L, "y1", 2L, "x2", 3L, "y2", 4L, "page", 0L)));
        assertThrows(Unprocessable.class, () -> new AnnotationLocation(AnnotationKind.IMAGE,
                Map.of("x1", -1L, "y1", 2L, "x2", 3L, "y2", 4L)));
        assertEquals("line_end must not come before line_start", assertThrows(Unprocessable.class, () ->
                new AnnotationLocation(AnnotationKind.TEXT, Map.of("line_start", 3L, "line_end", 2L, "column_start", 0L,
                        "column_end", 0L))).getMessage());
    }

    @Test
    void kindsAreMarkUsTypeNamesAndTextWhenNoneIsGiven() {
        assertEquals(AnnotationKind.TEXT, AnnotationKind.parse(null));
        assertEquals(AnnotationKind.TEXT, AnnotationKind.parse(" "));
        assertEquals(AnnotationKind.IMAGE, AnnotationKind.parse("ImageAnnotation"));
        assertEquals("PdfAnnotation", AnnotationKind.PDF.wireName());
        assertThrows(InvalidInput.class, () -> AnnotationKind.parse("HtmlAnnotation"));
    }

    @Test
    void aNewAnnotationNeedsContentAndKeepsACategoryOnlyWhenNamed() {
        AnnotationLocation at = new AnnotationLocation(AnnotationKind.IMAGE, Map.of("x1", 1L, "y1", 2L, "x2", 3L, "y2", 4L));
        SubmissionPath path = new SubmissionPath("a.png");
        UserId me = new UserId(1);
        assertEquals(Optional.empty(), new NewAnnotation(path, "hi", Optional.of("  "), at, me).category());
        assertEquals(Optional.of("Style"), new NewAnnotation(path, "hi", Optional.of(" Style "), at, me).category());
        assertThrows(Unprocessable.class, () -> new NewAnnotation(path, " ", Optional.empty(), at, me));
        assertThrows(Unprocessable.class, () -> new NewAnnotation(path, null, Optional.empty(), at, me));
        assertThrows(Unprocessable.class, () -> new NewAnnotation(path, "x".repeat(100_001), Optional.empty(), at, me));
        assertThrows(Unprocessable.class, () -> new NewAnnotation(path, "x", Optional.of("c".repeat(256)), at, me));
        assertEquals(100_000, new NewAnnotation(path, "x".repeat(100_000), Optional.of("c".repeat(255)), at, me).content()
                .length());
    }
}
