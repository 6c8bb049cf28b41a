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
    /** RFC 3986 path characters besides letters, digits and escapes: unreserved, sub-delims, ':', '@', '/'. */
    private static final String PATH_PUNCTUATION = "-._~!$&'()*+,;=:@/";
    /** The same for a host name or IPv4 address. */
    private static final String HOST_PUNCTUATION = "-._~!$&'()*+,;=";
    private static final Pattern IPV6_HOST = Pattern.compile("\\[[0-9A-Fa-f:.]+](?::[0-9]*)?");
    private static final Pattern PORT = Pattern.compile("[0-9]*");

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
        if (!path.startsWith("/") || !escapedOf(path, PATH_PUNCTUATION)) {
            return Optional.of("the request path is not a valid URI path; escape other characters as %XX");
        }
        if (host != null && !validHost(host)) {
            return Optional.of("the Host header is not a valid host");
        }
        return Optional.empty();
    }

    private static boolean validHost(String host) {
        if (host.startsWith("[")) {
            return IPV6_HOST.matcher(host).matches();
        }
        int colon = host.indexOf(':');
        return escapedOf(colon < 0 ? host : host.substring(0, colon), HOST_PUNCTUATION)
                && (colon < 0 || PORT.matcher(host.substring(colon + 1)).matches());
    }

    /**
     * Whether every character is a letter, a digit, one of {@code punctuation} or a {@code %XX} escape.
     * A loop, not a regular expression: Java matches a repeated alternation by recursion, and a long
     * path would overflow the stack.
     */
    private static boolean escapedOf(String text, String punctuation) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!(c < 128 && Character.isLetterOrDigit(c)) && punctuation.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }
}
