package org.courseport.adapters.archive.tar;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Names what a body that is not gzip seems to be, from its first bytes, so the refusal can say so. */
final class BodyKind {
    /** Enough for the tar magic at offset 257. */
    static final int SNIFF_BYTES = 265;

    private BodyKind() {
    }

    static boolean isGzip(byte[] head, int length) {
        return length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    static String describe(byte[] head, int length) {
        if (length == 0) {
            return "an empty body";
        }
        if (starts(head, length, 'P', 'K', 3, 4) || starts(head, length, 'P', 'K', 5, 6)) {
            return "a zip archive";
        }
        if (length >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
            return "a plain (uncompressed) tar archive";
        }
        if (starts(head, length, 'B', 'Z', 'h')) {
            return "a bzip2 stream";
        }
        if (starts(head, length, 0xfd, '7', 'z', 'X', 'Z')) {
            return "an xz stream";
        }
        if (starts(head, length, 0x28, 0xb5, 0x2f, 0xfd)) {
            return "a zstd stream";
        }
        if (starts(head, length, '7', 'z', 0xbc, 0xaf)) {
            return "a 7z archive";
        }
        String text = new String(head, 0, Math.min(length, 64), StandardCharsets.UTF_8).strip();
        if (text.startsWith("<")) {
            return "XML or HTML text";
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return "JSON text";
        }
        return "not a known archive format";
    }

    private static boolean starts(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        int[] actual = new int[magic.length];
        for (int i = 0; i < magic.length; i++) {
            actual[i] = head[i] & 0xff;
        }
        return Arrays.equals(actual, magic);
    }
}
