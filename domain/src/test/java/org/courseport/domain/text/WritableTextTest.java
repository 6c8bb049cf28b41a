package org.courseport.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WritableTextTest {

    private static void allowed(String text) {
        assertEquals(Optional.empty(), WritableText.fault(text), text);
        assertSame(text, WritableText.writable(text), "nothing to replace, nothing copied");
    }

    private static String refused(String text) {
        String fault = WritableText.fault(text).orElseThrow(() -> new AssertionError("accepted: " + text));
        assertEquals(Optional.empty(), WritableText.fault(WritableText.writable(text)), "writable() repairs it");
        return fault;
    }

    @Test
    void tabLineFeedAndCarriageReturnAreTheOnlyControlCharactersAllowed() {
        allowed("a\tb\nc\r\nd");
        allowed("");
        allowed(" ~\u00A0é€");
        assertEquals("holds the control character U+0000 at character 1; tab, line feed and carriage return are"
                + " the only ones allowed", refused("\u0000"));
        assertTrue(refused("ab\u0008").contains("U+0008 at character 3"));
        assertTrue(refused("\u000B").contains("U+000B"));
        assertTrue(refused("\f").contains("U+000C"));
        assertTrue(refused("\u000E").contains("U+000E"));
        assertTrue(refused("\u001F").contains("U+001F"));
        assertTrue(refused("\u007F").contains("U+007F"));
        assertTrue(refused("\u0080").contains("U+0080"));
        assertTrue(refused("\u009F").contains("U+009F"));
    }

    @Test
    void loneSurrogatesAreRefusedAndPairsAllowed() {
        allowed("\uD83D\uDE00");
        allowed("x\uD800\uDC00y\uDBFF\uDFFF");
        assertEquals("holds a lone surrogate U+D800 at character 2, which is not a Unicode character",
                refused("a\uD800"));
        assertTrue(refused("\uD800b").contains("U+D800 at character 1"));
        assertTrue(refused("\uDBFF\uDBFF\uDC00").contains("U+DBFF at character 1"), "a high surrogate after a high");
        assertTrue(refused("\uDC00").contains("U+DC00"));
        assertTrue(refused("\uD83D\uDE00\uDFFF").contains("U+DFFF at character 3"), "a low surrogate after a pair");
    }

    @Test
    void theNonCharactersXmlCannotCarryAreRefused() {
        allowed("\uFFFD\uE000\uD7FF");
        assertEquals("holds the non-character U+FFFE at character 1", refused("\uFFFE"));
        assertTrue(refused("a\uFFFF").contains("U+FFFF at character 2"));
    }

    @Test
    void writableReplacesEachRefusedCharacterAndKeepsTheRest() {
        assertEquals("a\uFFFDb\uFFFD\uD83D\uDE00\uFFFD\t\uFFFD", WritableText.writable("a\u0001b\uDC00\uD83D\uDE00\uFFFF\t\uD800"));
        assertEquals("\uFFFD\uFFFDok", WritableText.writable("\u0000\u001Fok"));
    }

    @Test
    void utf8IsDecodedStrictly() {
        assertEquals(Optional.of("é😀"), WritableText.decodeUtf8("é😀".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(""), WritableText.decodeUtf8(new byte[0]));
        assertEquals(Optional.empty(), WritableText.decodeUtf8(new byte[] {'a', (byte) 0xFF}));
        assertEquals(Optional.empty(), WritableText.decodeUtf8(new byte[] {(byte) 0xC3}), "a cut sequence");
        assertEquals(Optional.empty(), WritableText.decodeUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                "an encoded surrogate");
        assertEquals(Optional.empty(), WritableText.decodeUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF}), "overlong");
    }

    @Test
    void excerptsAreShortAndWritable() {
        assertEquals("a".repeat(100), WritableText.excerpt("a".repeat(100)));
        assertEquals("a".repeat(100) + "…", WritableText.excerpt("a".repeat(101)));
        assertEquals("abc…", WritableText.excerpt("abcd", 3));
        assertEquals("ab…", WritableText.excerpt("ab\uD83D\uDE00", 3), "a pair is not cut in half");
        assertEquals("ab\uD83D\uDE00", WritableText.excerpt("ab\uD83D\uDE00", 4));
        assertEquals("\uFFFDx", WritableText.excerpt("\u0001x"));
        assertEquals("", WritableText.excerpt(null), "absent input quotes as nothing, so a refusal is not a crash");
    }
}
