package org.courseport.domain.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CollectionQueryTest {
    private static final FieldSpec ID = FieldSpec.of("id", FieldType.INTEGER);
    private static final FieldSpec NAME = FieldSpec.of("name", FieldType.TEXT);
    private static final FieldSpec NOTES = FieldSpec.shown("notes", FieldType.TEXT);
    private static final ResourceSchema USERS = new ResourceSchema("users", List.of(ID, NAME, NOTES));

    @Test
    void aSchemaKeepsItsFieldsInWireOrderAndSaysWhatEachAllows() {
        assertEquals(List.of("id", "name", "notes"), USERS.names());
        assertEquals(List.of("id", "name"), USERS.filterable());
        assertEquals(List.of("id", "name"), USERS.sortable());
        assertEquals(Optional.of(NAME), USERS.field("name"));
        assertEquals(Optional.empty(), USERS.field("nam"));
        assertFalse(NOTES.filterable());
        assertFalse(NOTES.sortable());
        assertTrue(NAME.filterable() && NAME.sortable());
    }

    @Test
    void aFieldNamedTwiceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ResourceSchema("users", List.of(ID, FieldSpec.shown("id", FieldType.TEXT))));
        assertEquals("field named twice: id", e.getMessage());
    }

    @Test
    void allIsEveryRowAndAttributeInAscendingIdOrder() {
        CollectionQuery all = CollectionQuery.all(USERS);
        assertEquals(new Sort(ID, false), all.sort());
        assertEquals(List.of(), all.filters());
        assertEquals(OptionalLong.empty(), all.limit());
        assertEquals(0, all.offset());
        assertEquals(List.of("id", "name", "notes"), all.shownFields());
        assertThrows(IllegalArgumentException.class,
                () -> CollectionQuery.all(new ResourceSchema("x", List.of(NAME))), "a schema without id");
    }

    @Test
    void theShownFieldsAreThoseAskedFor() {
        CollectionQuery some = new CollectionQuery(USERS, List.of(), List.of("name"), new Sort(ID, false),
                OptionalLong.empty(), 0);
        assertEquals(List.of("name"), some.shownFields());
    }

    @Test
    void offsetAndLimitMayBeZeroButNotNegative() {
        Sort byId = new Sort(ID, false);
        assertEquals(0, new CollectionQuery(USERS, List.of(), List.of(), byId, OptionalLong.of(0), 0).limit().getAsLong());
        assertThrows(IllegalArgumentException.class,
                () -> new CollectionQuery(USERS, List.of(), List.of(), byId, OptionalLong.empty(), -1));
        assertThrows(IllegalArgumentException.class,
                () -> new CollectionQuery(USERS, List.of(), List.of(), byId, OptionalLong.of(-1), 0));
    }

    @Test
    void aMappedListingMapsEveryRowAndKeepsTheTotal() {
        Listing<Integer> listing = new Listing<>(OptionalLong.of(7), sink -> List.of(1, 2, 3).forEach(sink));
        Listing<String> mapped = listing.map(i -> "#" + i);
        List<String> rows = new ArrayList<>();
        mapped.rows().forEach(rows::add);
        assertEquals(List.of("#1", "#2", "#3"), rows);
        assertEquals(OptionalLong.of(7), mapped.total());
    }
}
