package org.courseport.adapters.rest.error;

import java.io.EOFException;
import java.net.SocketTimeoutException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * A request body that could not be read because of the client: it stalled past the server's read
 * timeout ({@code 408}), or the connection ended before the body did ({@code 400}). Neither is the
 * server's fault, so neither is a 500 or worth a stack trace. Recognised by the cause the HTTP
 * server's blocking read gives, wherever the read happened (a filter, a body reader, a resource).
 */
record BrokenBody(int status, String kind, String title, String detail) {
    private static final BrokenBody STALLED = new BrokenBody(408, "request-timeout", "Request Timeout",
            "the request body stopped arriving before it was complete; send the request again");
    private static final BrokenBody CUT_SHORT = new BrokenBody(400, "bad-request", "Bad Request",
            "the connection ended before the request body was complete");

    static Optional<BrokenBody> of(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 16; depth++, cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof SocketTimeoutException) {
                return Optional.of(STALLED);
            }
            if (cause instanceof EOFException) {
                return Optional.of(CUT_SHORT);
            }
        }
        return Optional.empty();
    }
}
