package org.courseport.adapters.rest.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoSecondsTest {

    private static void sameAsTheJdk(Instant instant) {
        assertEquals(DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS)), IsoSeconds.format(instant),
                instant::toString);
    }

    @Test
    void timesAreWrittenAsIsoInstantToTheSecond() {
        assertEquals("2026-11-29T01:02:03Z", IsoSeconds.format(Instant.parse("2026-11-29T01:02:03.999999999Z")));
        for (String edge : new String[] {"1970-01-01T00:00:00Z", "1000-01-01T00:00:00Z", "0999-12-31T23:59:59Z",
                "9999-12-31T23:59:59.5Z", "+10000-01-01T00:00:00Z", "-0001-06-15T12:00:00Z", "2024-02-29T23:59:59Z"}) {
            sameAsTheJdk(Instant.parse(edge));
        }
        Random random = new Random(17);
        for (int i = 0; i < 10_000; i++) {
            sameAsTheJdk(Instant.ofEpochSecond(random.nextLong() % 400_000_000_000L, random.nextInt(1_000_000_000)));
        }
    }
}
