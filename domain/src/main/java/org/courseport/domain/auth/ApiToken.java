package org.courseport.domain.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.courseport.domain.blob.Sha256;
import org.courseport.domain.error.Unauthenticated;

/**
 * A bearer secret: 256 random bits behind a recognisable prefix. It exists in clear only while it
 * is handed to its owner; the store keeps its {@link #hash()}.
 */
public final class ApiToken {
    private static final String PREFIX = "cpt_";
    private static final int RANDOM_BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");

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
        if (text == null || !SHAPE.matcher(text).matches()) {
            throw new Unauthenticated("the token is malformed");
        }
        return new ApiToken(text);
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
