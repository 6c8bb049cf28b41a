package org.courseport.application.query;

/** The collection parameters as a caller wrote them; any may be null (not given). */
public record CollectionRequest(String filter, String fields, String limit, String offset, String sort) {

    public static CollectionRequest everything() {
        return new CollectionRequest(null, null, null, null, null);
    }
}
