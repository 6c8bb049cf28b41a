package org.courseport.adapters.rest.representation;

import java.util.Objects;

/**
 * A list inside a representation, such as a group's memberships; {@code itemName} names each XML element.
 * The items are read once, while the list is written, so a lazy view (a course outline mapped node by
 * node) goes to the client without a second copy of the whole tree being built first.
 */
public record NestedList(String itemName, Iterable<Representation> items) {
    public NestedList {
        Objects.requireNonNull(itemName, "itemName");
        Objects.requireNonNull(items, "items");
    }
}
