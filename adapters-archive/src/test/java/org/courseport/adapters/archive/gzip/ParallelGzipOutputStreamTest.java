package org.courseport.adapters.archive.gzip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParallelGzipOutputStreamTest {
    @TempDir
    Path dir;

    @Test
    void theBytesAreTheSameForOneTwoAndEightThreads() throws Exception {
        byte[] input = mixed(5 * ParallelGzipOutputStream.BLOCK + 12345);
        byte[] one = gzip(input, 1);
        assertArrayEquals(one, gzip(input, 2));
        assertArrayEquals(one, gzip(input, 8));
        assertArrayEquals(input, gunzip(one));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, ParallelGzipOutputStream.BLOCK - 1, ParallelGzipOutputStream.BLOCK,
            ParallelGzipOutputStream.BLOCK + 1, 3 * ParallelGzipOutputStream.BLOCK})
    void readsBackWithGzipInputStreamAndPassesGzipT(int size) throws Exception {
        byte[] input = mixed(size);
        byte[] compressed = gzip(input, 8);
        assertArrayEquals(input, gunzip(compressed));
        Path file = dir.resolve("blocks-" + size + ".gz");
        Files.write(file, compressed);
        Process test = new ProcessBuilder("gzip", "-t", file.toString()).redirectErrorStream(true).start();
        String said = new String(test.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, test.waitFor(), "gzip -t: " + said);
    }

    /** The dictionary carries matches across blocks, so the ratio stays within a few percent of one deflater's. */
    @Test
    void compressesNearlyAsWellAsOneDeflater() throws Exception {
        byte[] input = mixed(16 * ParallelGzipOutputStream.BLOCK);
        ByteArrayOutputStream single = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(single)) {
            gzip.write(input);
        }
        double parallel = gzip(input, 2).length;
        assertTrue(parallel < single.size() * 1.03, parallel + " bytes against " + single.size());
    }

    private static byte[] gzip(byte[] input, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ParallelGzipOutputStream gzip = new ParallelGzipOutputStream(out, Deflater.DEFAULT_COMPRESSION, pool,
                    2 * threads)) {
                // uneven writes, so block edges fall inside them
                for (int at = 0, step = 1; at < input.length; at += step, step = step * 3 % 70001 + 1) {
                    gzip.write(input, at, Math.min(step, input.length - at));
                }
            }
            return out.toByteArray();
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }

    /** Text that repeats across block edges, with some noise: what a course looks like to deflate. */
    private static byte[] mixed(int size) {
        Random random = new Random(size);
        StringBuilder text = new StringBuilder(size + 100);
        while (text.length() < size) {
            text.append("<problem url_name=\"p").append(random.nextInt(500)).append("\">")
                    .append(random.nextInt(3) == 0 ? Long.toHexString(random.nextLong()) : "the same words again")
                    .append("</problem>\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(bytes, size);
    }
}
