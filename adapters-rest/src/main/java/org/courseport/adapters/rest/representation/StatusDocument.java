package org.courseport.adapters.rest.representation;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body MarkUs answers a write with, {@code {"code": "201", "description": "Created"}}, plus the new
 * {@code id} where one was made: its current client parses every answer as JSON, so none is empty.
 */
public final class StatusDocument {
    private StatusDocument() {
    }

    public static Response of(Response.Status status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(status)).build();
    }

    /** The status of a write that made something, with the new thing's id. */
    public static Response of(Response.Status status, long id) {
        Map<String, Object> body = body(status);
        body.put("id", id);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static Map<String, Object> body(Response.Status status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", Integer.toString(status.getStatusCode()));
        body.put("description", status.getReasonPhrase());
        return body;
    }
}
