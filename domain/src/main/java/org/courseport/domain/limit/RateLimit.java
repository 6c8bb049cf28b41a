package org.courseport.domain.limit;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** At most {@code requests} in each {@code window}, windows counted from the epoch, whole seconds long. */
public record RateLimit(long requests, Duration window) {
    private static final Pattern TEXT = Pattern.compile("(\\d{1,12})/(\\d{1,7})([smh])");

    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (requests < 1) {
            throw new IllegalArgumentException("a rate limit allows at least 1 request, not " + requests);
        }
        if (window.toMillis() < 1000 || window.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("a rate limit's window is a whole number of seconds, not " + window);
        }
    }

    /** Reads {@code 600/1m}: requests, a slash, and a window in seconds ({@code s}), minutes ({@code m}) or hours ({@code h}). */
    public static RateLimit parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("a rate limit is written like 600/1m (requests per 1 minute), not '" + text + "'");
        }
        long amount = Long.parseLong(m.group(2));
        Duration window = switch (m.group(3)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        return new RateLimit(Long.parseLong(m.group(1)), window);
    }

    /** The start of the window holding {@code epochMillis}. */
    public long windowStart(long epochMillis) {
        return epochMillis - Math.floorMod(epochMillis, window.toMillis());
    }

    /**
     * The answer to the {@code count}-th request of the window starting at {@code windowStart}, made at
     * {@code nowMillis}: allowed while the count is within the limit; a refused one is told to come back
     * when the window ends, in whole seconds and never less than one.
     */
    public RateDecision decide(long count, long windowStart, long nowMillis) {
        long resetMillis = windowStart + window.toMillis() - nowMillis;
        long resetSeconds = Math.max(1, (resetMillis + 999) / 1000);
        return new RateDecision(count <= requests, requests, Math.max(0, requests - count), resetSeconds);
    }

    @Override
    public String toString() {
        return requests + "/" + window.toSeconds() + "s";
    }
}
