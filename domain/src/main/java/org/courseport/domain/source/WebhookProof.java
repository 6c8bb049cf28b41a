package org.courseport.domain.source;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook delivery proves it comes from the repository's host: the headers that carry the proof.
 * Every comparison runs in constant time, so the answer's timing tells nothing of the secret.
 */
public record WebhookProof(String hubSignature256, String gitlabToken) {
    private static final String PREFIX = "sha256=";

    /** Whether the delivery's proof matches {@code secret} for the source's provider. */
    public boolean verifies(GitProvider provider, WebhookSecret secret, byte[] body) {
        if (provider == GitProvider.GITLAB) {
            return gitlabToken != null
                    && MessageDigest.isEqual(gitlabToken.getBytes(StandardCharsets.UTF_8), secret.bytes());
        }
        if (hubSignature256 == null || !hubSignature256.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return false;
        }
        byte[] given = hubSignature256.substring(PREFIX.length()).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, hmacSha256Hex(secret, body).getBytes(StandardCharsets.US_ASCII));
    }

    /** GitHub's signature of {@code body}: lowercase hex HMAC-SHA256 keyed by the secret. */
    public static String hmacSha256Hex(WebhookSecret secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
