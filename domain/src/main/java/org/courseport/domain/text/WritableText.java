package org.courseport.domain.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The rule for text Courseport keeps and answers again: only characters that XML 1.0, JSON and CSV
 * can all carry. Tab, line feed and carriage return are allowed; other control characters (C0, DEL,
 * C1), lone surrogates and the non-characters U+FFFE and U+FFFF are not. Input is checked against it
 * once, where it enters; the writers replace what still breaks it (older stored data) as a last defence.
 */
public final class WritableText {
    /** How much of a caller's input a message quotes back. */
    public static final int EXCERPT_LENGTH = 100;
    private static final char REPLACEMENT = '\uFFFD';

    private WritableText() {
    }

    /** Why {@code text} cannot be written back, naming the first offending character; empty when it can. */
    public static Optional<String> fault(String text) {
        int i = firstFault(text, 0);
        if (i == text.length()) {
            return Optional.empty();
        }
        char c = text.charAt(i);
        String at = codePoint(c) + " at character " + (i + 1);
        if (Character.isSurrogate(c)) {
            return Optional.of("holds a lone surrogate " + at + ", which is not a Unicode character");
        }
        if (isNonCharacter(c)) {
            return Optional.of("holds the non-character " + at);
        }
        return Optional.of("holds the control character " + at
                + "; tab, line feed and carriage return are the only ones allowed");
    }

    /** {@code text} with every character {@link #fault} refuses replaced by U+FFFD; itself when there is none. */
    public static String writable(String text) {
        int i = firstFault(text, 0);
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        while (i < text.length()) {
            out.append(REPLACEMENT);
            int next = firstFault(text, i + 1);
            out.append(text, i + 1, next);
            i = next;
        }
        return out.toString();
    }

    /** The index of the first refused character at or after {@code from}, or the length when none is. */
    private static int firstFault(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isControl(c) || isNonCharacter(c)) {
                return i;
            }
        }
        return text.length();
    }

    /** Bytes read as strict UTF-8; empty when they are not UTF-8 (a lenient decoder would turn them into U+FFFD). */
    public static Optional<String> decodeUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Input fit to quote in a message: writable, and cut to {@code max} characters with an ellipsis,
     * never between the halves of a surrogate pair. Absent input quotes as nothing.
     */
    public static String excerpt(String input, int max) {
        String text = input == null ? "" : writable(input);
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    /** {@link #excerpt(String, int)} at {@link #EXCERPT_LENGTH}. */
    public static String excerpt(String input) {
        return excerpt(input, EXCERPT_LENGTH);
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }

    private static boolean isNonCharacter(char c) {
        return c == '\uFFFE' || c == '\uFFFF';
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
