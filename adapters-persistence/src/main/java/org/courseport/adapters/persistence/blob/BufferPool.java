package org.courseport.adapters.persistence.blob;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code count} buffers of {@code size} bytes, made when first needed and reused after: memory
 * to read ahead in that neither grows past its bound nor churns the garbage collector.
 */
final class BufferPool {
    private final int size;
    private final int count;
    private final ConcurrentLinkedQueue<byte[]> free = new ConcurrentLinkedQueue<>();
    private final AtomicInteger made = new AtomicInteger();

    BufferPool(int size, int count) {
        this.size = size;
        this.count = count;
    }

    /** A buffer, or null when all are taken. */
    byte[] take() {
        byte[] buffer = free.poll();
        if (buffer != null) {
            return buffer;
        }
        if (made.incrementAndGet() <= count) {
            return new byte[size];
        }
        made.decrementAndGet();
        return free.poll();
    }

    void give(byte[] buffer) {
        free.add(buffer);
    }
}
