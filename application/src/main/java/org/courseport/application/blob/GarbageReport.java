package org.courseport.application.blob;

/**
 * What a collection removed, or in a dry run would remove.
 *
 * @param blobs           blobs nothing names
 * @param bytes           their size together
 * @param abandonedWrites partial writes left by writers that died (never counted in a dry run)
 */
public record GarbageReport(int blobs, long bytes, int abandonedWrites, boolean dryRun) {

    public boolean freedAnything() {
        return blobs + abandonedWrites > 0;
    }
}
