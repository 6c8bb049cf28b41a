package org.courseport.domain.blob;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 as the lowercase hex that blob ids, token hashes and manifest digests are written in. */
public final class Sha256 {
    private Sha256() {
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** Completes the digest (resetting it) and writes the result as hex. */
    public static String hex(MessageDigest digest) {
        return toHex(digest.digest());
    }

    public static String hex(byte[] bytes) {
        return toHex(newDigest().digest(bytes));
    }

    /** Written by hand: {@code HexFormat} costs several times more, and a token's hash is taken on every request. */
    private static String toHex(byte[] digest) {
        byte[] hex = new byte[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            hex[2 * i] = DIGITS[(digest[i] >> 4) & 0xF];
            hex[2 * i + 1] = DIGITS[digest[i] & 0xF];
        }
        return new String(hex, StandardCharsets.US_ASCII);
    }
}
