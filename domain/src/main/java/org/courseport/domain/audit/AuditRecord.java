package org.courseport.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the audit keeps of one request: when, who ({@code user} and {@code tokenName}, both null for a
 * caller that did not authenticate), which route ({@code method} and {@code path}, never the query
 * string, which may hold a secret), the answer's {@code status} and the request id that ties it to
 * the server's log. Nothing else: no header, parameter or body.
 */
public record AuditRecord(Instant at, String user, String tokenName, String method, String path, int status,
                          String requestId) {
    private static final Pattern METHOD = Pattern.compile("[A-Z]{1,16}");
    /** Longer paths are kept cut, so a client cannot make one entry as large as it likes. */
    public static final int MAX_PATH = 500;

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(requestId, "requestId");
        if (!METHOD.matcher(method).matches()) {
            throw new IllegalArgumentException("not an HTTP method: " + method);
        }
        if (path.indexOf('?') >= 0) {
            throw new IllegalArgumentException("the audit keeps the path without its query string");
        }
        if (path.length() > MAX_PATH) {
            path = path.substring(0, MAX_PATH);
        }
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        if (user == null && tokenName != null) {
            throw new IllegalArgumentException("a token name without a user");
        }
    }

    /**
     * A refusal: the caller was not authenticated (401), not allowed (403) or over its rate limit (429).
     * Nothing was done, and a client can send these as fast as the network allows.
     */
    public boolean refusal() {
        return status == 401 || status == 403 || status == 429;
    }
}
