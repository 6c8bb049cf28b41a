package org.courseport.application.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.grading.AssignmentSchema;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.user.UserSchema;
import org.junit.jupiter.api.Test;

class CollectionQueriesTest {

    private static CollectionQuery parse(String filter, String fields, String limit, String offset, String sort) {
        return CollectionQueries.parse(UserSchema.SCHEMA, new CollectionRequest(filter, fields, limit, offset, sort));
    }

    @Test
    void defaultsAreEveryRowEveryFieldInIdOrder() {
        CollectionQuery query = parse(null, null, null, null, null);
        assertTrue(query.filters().isEmpty());
        assertEquals(UserSchema.SCHEMA.names(), query.shownFields());
        assertTrue(query.limit().isEmpty());
        assertEquals(0, query.offset());
        assertEquals("id", query.sort().field().name());
    }

    @Test
    void filtersAreTypedByTheirField() {
        CollectionQuery query = parse("type:Ta, grace_credits:2,created_at:2026-09-01T00:00:00Z", null, null, null, null);
        assertEquals("Ta", query.filters().get(0).value());
        assertEquals(2L, query.filters().get(1).value());
        assertEquals(Instant.parse("2026-09-01T00:00:00Z"), query.filters().get(2).value());
    }

    @Test
    void aFilterValueKeepsEverythingAfterTheFirstColon() {
        assertEquals("a:b", parse("last_name:a:b", null, null, null, null).filters().get(0).value());
    }

    @Test
    void unknownFieldsAreRefusedNamingTheAllowedOnes() {
        InvalidInput filter = assertThrows(InvalidInput.class, () -> parse("password:x", null, null, null, null));
        assertTrue(filter.getMessage().contains("allowed: id, user_name"), filter.getMessage());
        assertEquals("filter", filter.errors().get(0).field());
        InvalidInput fields = assertThrows(InvalidInput.class, () -> parse(null, "id,secret", null, null, null));
        assertEquals("fields", fields.errors().get(0).field());
        assertThrows(InvalidInput.class, () -> parse(null, null, null, null, "-secret"));
        assertThrows(InvalidInput.class, () -> parse("no-colon", null, null, null, null));
        assertThrows(InvalidInput.class, () -> parse("grace_credits:many", null, null, null, null));
    }

    @Test
    void pagingMustBeWholeAndNotNegative() {
        CollectionQuery query = parse(null, "user_name,id", "10", "20", "-last_name");
        assertEquals(10, query.limit().getAsLong());
        assertEquals(20, query.offset());
        assertTrue(query.sort().descending());
        assertEquals(List.of("user_name", "id"), query.shownFields());
        assertEquals("limit", assertThrows(InvalidInput.class, () -> parse(null, null, "-1", null, null)).errors().get(0).field());
        assertEquals("offset", assertThrows(InvalidInput.class, () -> parse(null, null, null, "x", null)).errors().get(0).field());
    }

    @Test
    void booleanFiltersReadTrueFalseOneAndZero() {
        CollectionRequest request = new CollectionRequest("allow_web_submits:TRUE,student_form_groups:0", null, null,
                null, null);
        CollectionQuery query = CollectionQueries.parse(AssignmentSchema.SCHEMA, request);
        assertEquals(List.of(true, false), query.filters().stream().map(f -> f.value()).toList());
        assertEquals(Boolean.TRUE, CollectionQueries.parse(AssignmentSchema.SCHEMA,
                new CollectionRequest("allow_web_submits:1", null, null, null, null)).filters().get(0).value());
        InvalidInput maybe = assertThrows(InvalidInput.class, () -> CollectionQueries.parse(AssignmentSchema.SCHEMA,
                new CollectionRequest("allow_web_submits:maybe", null, null, null, null)));
        assertEquals("filter: 'maybe' is not a valid boolean for allow_web_submits", maybe.getMessage());
    }

    @Test
    void aFilterWithoutAFieldNameIsRefused() {
        assertEquals("filter: expected field:value, got ':x'",
                assertThrows(InvalidInput.class, () -> parse(":x", null, null, null, null)).getMessage());
    }

    @Test
    void aLimitOfZeroIsAllowed() {
        assertEquals(0, parse(null, null, "0", "0", null).limit().getAsLong());
        assertEquals("limit: must be a whole number, 0 or more, not '-1'",
                assertThrows(InvalidInput.class, () -> parse(null, null, "-1", null, null)).getMessage());
    }

    @Test
    void emptyItemsInAListAreSkipped() {
        assertEquals(List.of("id", "user_name"), parse(null, "id,, user_name,", null, null, null).shownFields());
    }
}
