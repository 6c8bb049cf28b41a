package org.courseport.client.archive;

/**
 * How much an archive may unpack to before {@link SafeUnpacker} refuses it. The defaults are the
 * server's own import limits, so whatever it exports unpacks, and nothing beyond what it would take.
 *
 * @param maxUnpackedBytes all files together
 * @param maxEntries       files, folders and every other entry
 * @param maxEntryBytes    one file
 * @param maxRatio         unpacked bytes per compressed byte, once {@link #RATIO_FLOOR} bytes are unpacked
 */
public record UnpackLimits(long maxUnpackedBytes, long maxEntries, long maxEntryBytes, long maxRatio) {
    private static final long GIB = 1024L * 1024 * 1024;
    /** Small archives of repetitive XML compress well; a ratio means something only for large ones. */
    public static final long RATIO_FLOOR = 1024L * 1024;
    public static final UnpackLimits DEFAULTS = new UnpackLimits(2 * GIB, 100_000, GIB, 200);

    public UnpackLimits {
        if (maxUnpackedBytes < 1 || maxEntries < 1 || maxEntryBytes < 1 || maxRatio < 1) {
            throw new IllegalArgumentException("unpack limits must be positive");
        }
    }
}
