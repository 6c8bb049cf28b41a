package org.courseport.adapters.rest.representation;

import java.util.List;

/** A list inside a representation, such as a group's memberships; {@code itemName} names each XML element. */
public record NestedList(String itemName, List<Representation> items) {
    public NestedList {
        items = List.copyOf(items);
    }
}
