package org.courseport.adapters.rest.server;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Judges a request's path, {@code Host} and header names before they reach Jersey. Jersey builds a
 * {@code java.net.URI} from the path and host and fails with a 500 on a character a URI cannot hold
 * (a control character, a space, a stray {@code %}); the query string is left alone, Jersey escapes
 * what it must there. A header name that is not a token ({@code "Bad Name: x"}) is a 400 by RFC 9112
 * §5.1; Grizzly would take it.
 */
final class RequestHead {
    /*
     * Character classes only, with the escapes checked apart: a repeated alternation recurses once per
     * character in java.util.regex, and a long path overflowed the worker's stack, closing the
     * connection with no answer.
     */
    /** RFC 3986 path characters: unreserved, percent-encoded, sub-delims, ':', '@', '/'. */
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9\\-._~!$&'()*+,;=:@/%]*");
    /** A host name, an IPv4 address or a bracketed IPv6 literal, with an optional port. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,;=%]*(?::[0-9]*)?"
            + "|\\[[0-9A-Fa-f:.]+\\](?::[0-9]*)?");
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+\\-.^_`|~]+");

    private RequestHead() {
    }

    /** Why the request cannot be served, if it cannot. A missing host is the codec's to refuse. */
    static Optional<String> refusal(String path, String host, Iterable<String> headerNames) {
        for (String name : headerNames) {
            if (!TOKEN.matcher(name).matches()) {
                return Optional.of("a header name is not a token");
            }
        }
        if (!PATH.matcher(path).matches() || BROKEN_ESCAPE.matcher(path).find()) {
            return Optional.of("the request path is not a valid URI path; escape other characters as %XX");
        }
        if (host != null && (!HOST.matcher(host).matches() || BROKEN_ESCAPE.matcher(host).find())) {
            return Optional.of("the Host header is not a valid host");
        }
        return Optional.empty();
    }
}
