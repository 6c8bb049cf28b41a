package org.courseport.adapters.archive.tar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.domain.error.LimitExceeded;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
    private static final int CHUNK = 256 * 1024;

    @Test
    void givesEveryByteInOrderWhateverTheSize() throws IOException {
        for (int size : new int[] {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 20 * CHUNK + 7}) {
            byte[] body = OlxCourse.binary(size);
            try (ReadAhead ahead = new ReadAhead(new ByteArrayInputStream(body))) {
                assertArrayEquals(body, ahead.stream().readAllBytes(), size + " bytes");
                assertEquals(-1, ahead.stream().read());
            }
            try (ReadAhead ahead = new ReadAhead(new ByteArrayInputStream(body))) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                for (int b = ahead.stream().read(); b >= 0; b = ahead.stream().read()) {
                    bytes.write(b);
                }
                assertArrayEquals(body, bytes.toByteArray(), size + " bytes, one by one");
            }
        }
    }

    /** The body's failure ends the stream as it was thrown, an I/O error or a domain refusal alike. */
    @Test
    void aFailureOfTheBodyReachesTheReaderAsItWasThrown() throws IOException {
        byte[] before = OlxCourse.binary(2 * CHUNK);
        IOException reset = new IOException("connection reset by peer");
        LimitExceeded limit = new LimitExceeded("the body is over its limit");
        for (Exception failure : new Exception[] {reset, limit}) {
            try (ReadAhead ahead = new ReadAhead(new SequenceInputStream(new ByteArrayInputStream(before), failing(failure)))) {
                assertArrayEquals(before, ahead.stream().readNBytes(before.length));
                assertSame(failure, assertThrows(Exception.class, () -> ahead.stream().read(new byte[10], 0, 10)));
            }
        }
    }

    /** A reader that stops early (a refused archive) stops the reading too, and closes the body as before. */
    @Test
    void closingStopsReadingAnEndlessBodyAndClosesIt() {
        AtomicLong read = new AtomicLong();
        AtomicBoolean closed = new AtomicBoolean();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 7;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                read.addAndGet(length);
                Arrays.fill(into, offset, offset + length, (byte) 7);
                return length;
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (ReadAhead ahead = new ReadAhead(endless)) {
                assertEquals(7, ahead.stream().read());
            }
        });
        assertTrue(closed.get());
        long stopped = read.get();
        assertTrue(stopped <= 10L * CHUNK, "read ahead at most its chunks: " + stopped);
    }

    private static InputStream failing(Exception failure) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) failure;
            }
        };
    }
}
