package org.courseport.domain.source;

import org.courseport.domain.error.InvalidInput;

/**
 * A token for fetching a private repository over https: {@code TOKEN}, or {@code USER:TOKEN} where the
 * server wants a particular user name. Write-only: kept encrypted, never shown, hidden by {@link #toString()}.
 */
public record FetchCredential(String value) {
    public FetchCredential {
        if (value == null || value.isBlank() || value.length() > 4096 || value.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            throw InvalidInput.field("credential", "is a token: printable characters, no spaces, at most 4096");
        }
    }

    /** The user name to send: the one given, else the one the provider documents for tokens. */
    public String user(GitProvider provider) {
        int colon = value.indexOf(':');
        if (colon > 0) {
            return value.substring(0, colon);
        }
        return provider == GitProvider.GITLAB ? "oauth2" : "x-access-token";
    }

    public String token() {
        int colon = value.indexOf(':');
        return colon > 0 ? value.substring(colon + 1) : value;
    }

    /** The credential itself, for the store that encrypts it. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "FetchCredential[hidden]";
    }
}
