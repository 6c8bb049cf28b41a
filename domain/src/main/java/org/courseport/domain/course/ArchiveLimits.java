package org.courseport.domain.course;

/**
 * How much an archive may hold before it is refused. The defaults are no looser than edX's own
 * importer (2 GiB unpacked, 100,000 entries, a compression ratio of 200).
 *
 * @param maxArchiveBytes  the compressed body
 * @param maxUnpackedBytes all entries together, unpacked
 * @param maxEntries       files, folders and every other entry
 * @param maxEntryBytes    one entry, unpacked
 * @param maxRatio         unpacked bytes per compressed byte, checked once {@link #RATIO_FLOOR} bytes are unpacked
 */
public record ArchiveLimits(long maxArchiveBytes, long maxUnpackedBytes, long maxEntries, long maxEntryBytes, long maxRatio) {
    public static final long GIB = 1024L * 1024 * 1024;
    /** Small archives of repetitive XML compress well; a ratio means something only for large ones. */
    public static final long RATIO_FLOOR = 1024L * 1024;

    /** Each default on its own as a constant, so that the command line's option defaults can name it. */
    public static final long DEFAULT_MAX_ARCHIVE_BYTES = 2 * GIB;
    public static final long DEFAULT_MAX_UNPACKED_BYTES = 2 * GIB;
    public static final long DEFAULT_MAX_ENTRIES = 100_000;
    public static final long DEFAULT_MAX_ENTRY_BYTES = GIB;
    public static final long DEFAULT_MAX_RATIO = 200;

    public static final ArchiveLimits DEFAULTS = new ArchiveLimits(DEFAULT_MAX_ARCHIVE_BYTES, DEFAULT_MAX_UNPACKED_BYTES,
            DEFAULT_MAX_ENTRIES, DEFAULT_MAX_ENTRY_BYTES, DEFAULT_MAX_RATIO);

    public ArchiveLimits {
        if (maxArchiveBytes < 1 || maxUnpackedBytes < 1 || maxEntries < 1 || maxEntryBytes < 1 || maxRatio < 1) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }
}
