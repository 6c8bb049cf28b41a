package org.courseport.application.query;

import java.util.Objects;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Listing;

/** The answer to a collection request: the query as understood, and the rows it selects. */
public record Page<T>(CollectionQuery query, Listing<T> listing) {
    public Page {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(listing, "listing");
    }
}
