package org.courseport.adapters.rest.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Judges a request's {@code Transfer-Encoding} (RFC 9112 §6.1) before its body is framed. Only
 * {@code chunked} alone is decoded; another coding, even before {@code chunked}, would reach the
 * application still encoded, and a body framed in a way the server does not understand is where
 * request smuggling starts. So: bad syntax, or {@code chunked} not last or twice, is a {@code 400};
 * a well-formed coding other than {@code chunked} is a {@code 501}. (A {@code Content-Length} beside
 * {@code chunked} is overridden by it, as RFC 9112 §6.3 says; Grizzly drops it while parsing.)
 */
final class TransferCodings {
    private static final String TCHAR = "!#$%&'*+-.^_`|~";

    /** Why a request's framing is refused, with the status that says so. */
    record Refusal(int status, String detail) {
    }

    private TransferCodings() {
    }

    /** The refusal, if any, of a request with these Transfer-Encoding header values. */
    static Optional<Refusal> judge(List<String> headerValues) {
        if (headerValues.isEmpty()) {
            return Optional.empty();
        }
        List<String> codings = new ArrayList<>();
        for (String value : headerValues) {
            for (String element : value.split(",", -1)) {
                String coding = element.strip();
                if (coding.isEmpty()) {
                    continue;
                }
                if (!wellFormed(coding)) {
                    return refuse(400, "the Transfer-Encoding header is malformed");
                }
                codings.add(name(coding));
            }
        }
        if (codings.isEmpty()) {
            return refuse(400, "the Transfer-Encoding header names no transfer coding");
        }
        int chunked = (int) codings.stream().filter("chunked"::equals).count();
        if (chunked > 1 || chunked == 1 && !codings.get(codings.size() - 1).equals("chunked")) {
            return refuse(400, "chunked must be the last transfer coding, and appear once");
        }
        if (codings.size() > 1 || chunked == 0) {
            return refuse(501, "the only transfer coding the server accepts is chunked");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(int status, String detail) {
        return Optional.of(new Refusal(status, detail));
    }

    /** {@code token *( OWS ";" OWS token BWS "=" BWS ( token / quoted-string ) )}. */
    private static boolean wellFormed(String coding) {
        String[] parts = coding.split(";", -1);
        if (!isToken(parts[0].strip())) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int eq = parameter.indexOf('=');
            if (eq < 0 || !isToken(parameter.substring(0, eq).strip())) {
                return false;
            }
            String value = parameter.substring(eq + 1).strip();
            if (!isToken(value) && !isQuotedString(value)) {
                return false;
            }
        }
        return true;
    }

    private static String name(String coding) {
        int semicolon = coding.indexOf(';');
        return (semicolon < 0 ? coding : coding.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isToken(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || TCHAR.indexOf(c) >= 0));
    }

    /** Good enough for a parameter we never use: quotes at both ends, no unescaped quote, no control character. */
    private static boolean isQuotedString(String text) {
        if (text.length() < 2 || text.charAt(0) != '"' || text.charAt(text.length() - 1) != '"') {
            return false;
        }
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() - 1) {
                i++;
            } else if (c == '"' || c < 0x20 && c != '\t' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
