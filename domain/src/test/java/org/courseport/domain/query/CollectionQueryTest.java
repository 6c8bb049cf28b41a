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
    private final FieldSpec id = FieldSpec.of("id", FieldType.INTEGER);
    private final FieldSpec name = FieldSpec.of("name", FieldType.TEXT);
    private final FieldSpec notes = FieldSpec.shown("notes", FieldType.TEXT);
    private final ResourceSchema users = new ResourceSchema("users", List.of(id, name, notes));

    @Test
    void aSchemaKeepsItsFieldsInWireOrderAndSaysWhatEachAllows() {
        assertEquals(List.of("id", "name", "notes"), users.names());
        assertEquals(List.of("id", "name"), users.filterable());
        assertEquals(List.of("id", "name"), users.sortable());
        assertEquals(Optional.of(name), users.field("name"));
        assertEquals(Optional.empty(), users.field("nam"));
        assertFalse(notes.filterable());
        assertFalse(notes.sortable());
        assertTrue(name.filterable() && name.sortable());
    }

    @Test
    void aFieldNamedTwiceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ResourceSchema("users", List.of(id, FieldSpec.shown("id", FieldType.TEXT))));
        assertEquals("field named twice: id", e.getMessage());
    }

    @Test
    void allIsEveryRowAndAttributeInAscendingIdOrder() {
        CollectionQuery all = CollectionQuery.all(users);
        assertEquals(new Sort(id, false), all.sort());
        assertEquals(List.of(), all.filters());
        assertEquals(OptionalLong.empty(), all.limit());
        assertEquals(0, all.offset());
        assertEquals(List.of("id", "name", "notes"), all.shownFields());
        assertThrows(IllegalArgumentException.class,
                () -> CollectionQuery.all(new ResourceSchema("x", List.of(name))), "a schema without id");
    }

    @Test
    void theShownFieldsAreThoseAskedFor() {
        CollectionQuery some = new CollectionQuery(users, List.of(), List.of("name"), new Sort(id, false),
                OptionalLong.empty(), 0);
        assertEquals(List.of("name"), some.shownFields());
    }

    @Test
    void offsetAndLimitMayBeZeroButNotNegative() {
        Sort byId = new Sort(id, false);
        assertEquals(0, new CollectionQuery(users, List.of(), List.of(), byId, OptionalLong.of(0), 0).limit().getAsLong());
        assertThrows(IllegalArgumentException.class,
                () -> new CollectionQuery(users, List.of(), List.of(), byId, OptionalLong.empty(), -1));
        assertThrows(IllegalArgumentException.class,
                () -> new CollectionQuery(users, List.of(), List.of(), byId, OptionalLong.of(-1), 0));
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
