package org.courseport.domain.source;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * What a webhook delivery proves itself with: 256 random bits, shown once when made. Its
 * {@link #toString()} hides it, so no log line or exception message can carry it.
 */
public record WebhookSecret(String value) {
    private static final int BYTES = 32;

    public WebhookSecret {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a webhook secret is not empty");
        }
    }

    public static WebhookSecret random(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new WebhookSecret("whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public byte[] bytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** The secret itself, for the one response that shows it and for the store that encrypts it. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}
