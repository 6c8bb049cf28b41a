package org.courseport.adapters.rest.representation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A time as every response writes it: ISO-8601 to the second, offset {@code Z}, exactly as
 * {@link DateTimeFormatter#ISO_INSTANT} writes it truncated to the second. Years 1000 to 9999 are
 * written digit by digit, several times faster: every resource has a time or two, and a collection
 * may have a hundred thousand resources.
 */
final class IsoSeconds {
    private static final int FIRST_PLAIN_YEAR = 1000;
    private static final int LAST_PLAIN_YEAR = 9999;

    private IsoSeconds() {
    }

    static String format(Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (time.getYear() < FIRST_PLAIN_YEAR || time.getYear() > LAST_PLAIN_YEAR) {
            return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
        }
        char[] text = "0000-00-00T00:00:00Z".toCharArray();
        digits(text, 0, 4, time.getYear());
        digits(text, 5, 2, time.getMonthValue());
        digits(text, 8, 2, time.getDayOfMonth());
        digits(text, 11, 2, time.getHour());
        digits(text, 14, 2, time.getMinute());
        digits(text, 17, 2, time.getSecond());
        return new String(text);
    }

    /** Writes {@code value} as {@code width} digits ending before {@code at + width}. */
    private static void digits(char[] text, int at, int width, int value) {
        int rest = value;
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
    }
}
