package org.courseport.domain.source;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.courseport.domain.error.InvalidInput;

/**
 * Where a course's repository is fetched from: {@code https://}, or {@code http://} to this machine
 * when the server allows it (for tests). Never a local path or {@code file://}, which would let an
 * admin read the server's disk, and never with a user or password inside, which would be a secret
 * kept in clear: credentials travel apart, encrypted.
 */
public record RepositoryUrl(URI uri) {
    private static final String FIELD = "repository_url";

    public RepositoryUrl {
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("not a repository URL: " + uri);
        }
    }

    public static RepositoryUrl parse(String text, boolean allowLoopbackHttp) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.field(FIELD, "is required");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw InvalidInput.field(FIELD, "is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getRawUserInfo() != null) {
            throw InvalidInput.field(FIELD, "must not hold a user or password; send a token as credential");
        }
        if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw InvalidInput.field(FIELD, "is an https:// URL of a repository, with a host and no query");
        }
        if (scheme.equals("http") && !(allowLoopbackHttp && isLoopback(uri.getHost()))) {
            throw InvalidInput.field(FIELD, "must be https:// (http:// only to this machine, with --git-allow-http)");
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw InvalidInput.field(FIELD, "must be https://; local paths, file:// and other schemes are refused");
        }
        return new RepositoryUrl(uri);
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses: a name could resolve elsewhere later.
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
