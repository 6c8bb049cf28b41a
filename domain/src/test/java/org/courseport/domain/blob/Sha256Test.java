package org.courseport.domain.blob;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Test {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void bytesAndAnUpdatedDigestGiveTheSameLowercaseHex() {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        MessageDigest digest = Sha256.newDigest();
        digest.update(abc, 0, 1);
        digest.update(abc, 1, 2);

        assertEquals(ABC, Sha256.hex(abc));
        assertEquals(ABC, Sha256.hex(digest));
    }

    @Test
    void everyByteIsWrittenAsTwoLowercaseDigits() {
        for (int seed = 0; seed < 64; seed++) {
            byte[] input = new byte[seed];
            new Random(seed).nextBytes(input);
            assertEquals(HexFormat.of().formatHex(Sha256.newDigest().digest(input)), Sha256.hex(input));
        }
    }
}
