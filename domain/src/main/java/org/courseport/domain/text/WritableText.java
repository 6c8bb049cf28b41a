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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPair(text, i)) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("holds a lone surrogate " + codePoint(c) + " at character " + (i + 1)
                        + ", which is not a Unicode character");
            } else if (isControl(c)) {
                return Optional.of("holds the control character " + codePoint(c) + " at character " + (i + 1)
                        + "; tab, line feed and carriage return are the only ones allowed");
            } else if (isNonCharacter(c)) {
                return Optional.of("holds the non-character " + codePoint(c) + " at character " + (i + 1));
            }
        }
        return Optional.empty();
    }

    /** {@code text} with every character {@link #fault} refuses replaced by U+FFFD. */
    public static String writable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPair(text, i)) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) || isControl(c) || isNonCharacter(c) ? REPLACEMENT : c);
            }
        }
        return out.toString();
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
     * never between the halves of a surrogate pair.
     */
    public static String excerpt(String input, int max) {
        String text = writable(input);
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

    private static boolean isPair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
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
