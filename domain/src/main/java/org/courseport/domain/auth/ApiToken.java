package org.courseport.domain.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.courseport.domain.blob.Sha256;
import org.courseport.domain.error.Unauthenticated;

/**
 * A bearer secret: 256 random bits behind a recognisable prefix. It exists in clear only while it
 * is handed to its owner; the store keeps its {@link #hash()}.
 */
public final class ApiToken {
    private static final String PREFIX = "cpt_";
    private static final int RANDOM_BYTES = 32;
    /** The URL-safe Base64 of {@link #RANDOM_BYTES}, unpadded. */
    private static final int SECRET_CHARS = 43;

    private final String value;

    private ApiToken(String value) {
        this.value = value;
    }

    public static ApiToken generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new ApiToken(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Reads a token presented by a caller; one of the wrong shape names no one. */
    public static ApiToken parse(String text) {
        if (!wellFormed(text)) {
            throw new Unauthenticated("the token is malformed");
        }
        return new ApiToken(text);
    }

    /** The prefix and the secret's alphabet, scanned: this runs on every authenticated request. */
    private static boolean wellFormed(String text) {
        if (text == null || text.length() != PREFIX.length() + SECRET_CHARS || !text.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < text.length(); i++) {
            char c = text.charAt(i);
            boolean base64Url = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
            if (!base64Url) {
                return false;
            }
        }
        return true;
    }

    /** The secret itself, to show its owner once. */
    public String reveal() {
        return value;
    }

    /**
     * SHA-256 of the secret. A fast hash suffices for 256 random bits (no dictionary to try), and
     * looking the hash up by index compares nothing secret character by character.
     */
    public TokenHash hash() {
        return new TokenHash(Sha256.hex(value.getBytes(StandardCharsets.US_ASCII)));
    }

    @Override
    public String toString() {
        return "ApiToken[hidden]";
    }
}
