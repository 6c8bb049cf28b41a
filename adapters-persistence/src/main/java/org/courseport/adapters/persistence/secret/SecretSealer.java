package org.courseport.adapters.persistence.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.courseport.adapters.persistence.files.OwnerOnly;

/**
 * Seals secrets before they are stored: AES-256-GCM under a key kept in a file, outside the database,
 * which every node of a cluster is given. Each value gets a fresh nonce, and its purpose is bound in as
 * associated data, so a sealed credential cannot be passed off as a sealed webhook secret.
 */
public final class SecretSealer {
    private static final String VERSION = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private SecretSealer(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * The sealer of the key in {@code file}; with {@code createIfMissing}, a new key is written there
     * first (owner-only) when there is none. A missing key the operator named is refused: a mistyped path
     * would otherwise give one node a key of its own.
     */
    public static SecretSealer fromKeyFile(Path file, boolean createIfMissing) throws IOException {
        if (createIfMissing && !Files.exists(file)) {
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            try {
                OwnerOnly.createDirectories(file.toAbsolutePath().getParent());
                Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
                Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException e) {
                // another start wrote it first: read that one
            }
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            throw new IOException("the secret key file " + file + " does not exist", e);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IOException("the secret key file " + file + " does not hold a base64 key", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IOException("the secret key file " + file + " holds " + key.length + " bytes; an AES-256 key is "
                    + KEY_BYTES + " (make one with: head -c 32 /dev/urandom | base64)");
        }
        return new SecretSealer(key);
    }

    /** {@code plain} sealed for {@code purpose}, as text for a column. */
    public String seal(String purpose, String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, purpose);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has AES-GCM", e);
        }
    }

    /** The value {@link #seal} sealed; another key or purpose, or a changed byte, fails. */
    public String open(String purpose, String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("a sealed " + purpose + " in an unknown format");
        }
        byte[] in = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        try {
            byte[] nonce = java.util.Arrays.copyOf(in, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, purpose);
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed " + purpose + " does not open with this key: is every node given"
                    + " the same secret key file?", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String purpose) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
