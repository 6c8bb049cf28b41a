package org.courseport.adapters.archive.gzip;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * gzip with the deflating spread over threads, as pigz does: the input is cut into blocks of
 * {@value #BLOCK} bytes, each deflated on its own with the previous 32 KiB as its dictionary (so the ratio
 * stays close to one deflater's) and ended with a sync flush, and the raw blocks are joined in order
 * into one member. A block's bytes depend only on its input, its dictionary and the level, never on the
 * threads: the output is the same for any executor. At most {@code inFlight} blocks wait or run at once,
 * so memory stays flat whatever the input.
 */
public final class ParallelGzipOutputStream extends OutputStream {
    static final int BLOCK = 128 * 1024;
    private static final int DICTIONARY = 32 * 1024;
    /** Magic, deflate, no flags, no time (reproducible), no extra flags, OS unknown. */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final OutputStream out;
    private final int level;
    private final Executor deflaters;
    private final int inFlight;
    private final ArrayDeque<CompletableFuture<byte[]>> pending = new ArrayDeque<>();
    private final CRC32 crc = new CRC32();
    private byte[] block = new byte[BLOCK];
    private int filled;
    private byte[] previous;
    private long size;
    private boolean headerWritten;
    private boolean finished;

    /**
     * @param level    a {@link Deflater} level
     * @param inFlight blocks compressed or waiting to be written at most; twice the threads keeps them busy
     */
    public ParallelGzipOutputStream(OutputStream out, int level, Executor deflaters, int inFlight) {
        if (inFlight < 1) {
            throw new IllegalArgumentException("inFlight must be at least 1: " + inFlight);
        }
        this.out = Objects.requireNonNull(out, "out");
        this.level = level;
        this.deflaters = Objects.requireNonNull(deflaters, "deflaters");
        this.inFlight = inFlight;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (finished) {
            throw new IOException("the gzip stream is finished");
        }
        crc.update(bytes, offset, length);
        size += length;
        while (length > 0) {
            if (filled == BLOCK) {
                submit(false);
            }
            int n = Math.min(length, BLOCK - filled);
            System.arraycopy(bytes, offset, block, filled, n);
            filled += n;
            offset += n;
            length -= n;
        }
    }

    /** Writes the blocks that are done; a block still being filled stays, as flushing it would change the bytes. */
    @Override
    public void flush() throws IOException {
        while (!pending.isEmpty() && pending.peekFirst().isDone()) {
            writeOldest();
        }
        out.flush();
    }

    /** Compresses what is left, writes the trailer and waits for every block; does not close {@code out}. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        submit(true);
        while (!pending.isEmpty()) {
            writeOldest();
        }
        writeIntLe((int) crc.getValue());
        writeIntLe((int) size);
        finished = true;
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            finish();
        } finally {
            out.close();
        }
    }

    private void submit(boolean last) throws IOException {
        byte[] input = filled == BLOCK ? block : Arrays.copyOf(block, filled);
        byte[] dictionary = previous;
        pending.addLast(CompletableFuture.supplyAsync(() -> deflate(input, dictionary, last), deflaters));
        previous = input;
        block = new byte[BLOCK];
        filled = 0;
        while (pending.size() > inFlight) {
            writeOldest();
        }
    }

    private byte[] deflate(byte[] input, byte[] dictionary, boolean last) {
        Deflater deflater = new Deflater(level, true);
        try {
            if (dictionary != null) {
                deflater.setDictionary(dictionary, dictionary.length - DICTIONARY, DICTIONARY);
            }
            deflater.setInput(input);
            if (last) {
                deflater.finish();
            }
            ByteSink sink = new ByteSink(input.length / 2 + 64);
            int flush = last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH;
            // SYNC_FLUSH is done when the buffer is not filled; FINISH is done when the deflater says so.
            while (true) {
                int n = deflater.deflate(sink.room(), sink.length(), sink.free(), flush);
                sink.advance(n);
                if (last ? deflater.finished() : sink.free() > 0) {
                    return sink.bytes();
                }
            }
        } finally {
            deflater.end();
        }
    }

    private void writeOldest() throws IOException {
        byte[] compressed;
        try {
            compressed = pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while compressing");
        } catch (ExecutionException | CompletionException e) {
            throw new IOException("compressing a block failed", e.getCause());
        }
        if (!headerWritten) {
            out.write(HEADER);
            headerWritten = true;
        }
        out.write(compressed);
    }

    private void writeIntLe(int value) throws IOException {
        out.write(new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)});
    }

    /** A growing output buffer the deflater writes into directly. */
    private static final class ByteSink {
        private byte[] bytes;
        private int length;

        ByteSink(int capacity) {
            bytes = new byte[capacity];
        }

        byte[] room() {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            return bytes;
        }

        int length() {
            return length;
        }

        int free() {
            return bytes.length - length;
        }

        void advance(int n) {
            length += n;
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
