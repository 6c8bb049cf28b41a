package org.courseport.domain.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.stream.Stream;
import org.courseport.domain.course.ImportFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kinds and titles of the domain failures: docs/api.md makes each kind part of a problem's
 * {@code type}, and an import job keeps the kind to rebuild the failure later.
 */
class ProblemKindsTest {

    static Stream<Arguments> everyKind() {
        return Stream.of(
                Arguments.of(new NotFound("m"), "not-found", "Not found"),
                Arguments.of(new Conflict("m"), "conflict", "Conflict"),
                Arguments.of(new InvalidInput("m"), "invalid-input", "Invalid input"),
                Arguments.of(new Unprocessable("m"), "unprocessable-content", "Unprocessable content"),
                Arguments.of(new Forbidden("m"), "forbidden", "Forbidden"),
                Arguments.of(new Unauthenticated("m"), "unauthenticated", "Unauthenticated"),
                Arguments.of(new LimitExceeded("m"), "limit-exceeded", "Limit exceeded"));
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void eachFailureHasItsDocumentedKindAndTitle(DomainException failure, String kind, String title) {
        assertEquals(kind, failure.kind());
        assertEquals(title, failure.title());
        assertEquals(List.of(), failure.errors());
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void anImportFailureComesBackAsTheSameKindWithItsMessage(DomainException failure, String kind, String title) {
        ImportFailure kept = ImportFailure.of(failure);
        assertEquals(new ImportFailure(kind, "m"), kept);
        DomainException rebuilt = kept.toException();
        assertSame(failure.getClass(), rebuilt.getClass());
        assertEquals("m", rebuilt.getMessage());
    }

    @Test
    void anInternalErrorComesBackAsUnprocessable() {
        DomainException rebuilt = new ImportFailure(ImportFailure.INTERNAL_ERROR, "disk full").toException();
        assertSame(Unprocessable.class, rebuilt.getClass());
        assertEquals("disk full", rebuilt.getMessage());
    }

    @Test
    void aFieldFailureNamesTheFieldInItsMessageAndErrors() {
        InvalidInput invalid = InvalidInput.field("group_min", "must be at least 1");
        assertEquals("group_min: must be at least 1", invalid.getMessage());
        assertEquals(List.of(new FieldError("group_min", "must be at least 1")), invalid.errors());
        Unprocessable unprocessable = Unprocessable.field("file_content", "must be text");
        assertEquals("file_content: must be text", unprocessable.getMessage());
        assertEquals(List.of(new FieldError("file_content", "must be text")), unprocessable.errors());
    }
}
