package org.courseport.bootstrap.config;

import org.courseport.domain.course.ArchiveLimits;
import picocli.CommandLine.Option;

/** The limits on course archives and the import workers; defaults no looser than edX's importer. */
public final class ImportOptions {

    @Option(names = "--import-max-archive-bytes", defaultValue = "" + ArchiveLimits.DEFAULT_MAX_ARCHIVE_BYTES,
            description = "Largest import request body, compressed (${DEFAULT-VALUE}).")
    long maxArchiveBytes;

    @Option(names = "--import-max-unpacked-bytes", defaultValue = "" + ArchiveLimits.DEFAULT_MAX_UNPACKED_BYTES,
            description = "Largest course archive, unpacked (${DEFAULT-VALUE}).")
    long maxUnpackedBytes;

    @Option(names = "--import-max-entries", defaultValue = "" + ArchiveLimits.DEFAULT_MAX_ENTRIES,
            description = "Most entries in a course archive (${DEFAULT-VALUE}).")
    long maxEntries;

    @Option(names = "--import-max-entry-bytes", defaultValue = "" + ArchiveLimits.DEFAULT_MAX_ENTRY_BYTES,
            description = "Largest single file in a course archive, unpacked (${DEFAULT-VALUE}).")
    long maxEntryBytes;

    @Option(names = "--import-max-ratio", defaultValue = "" + ArchiveLimits.DEFAULT_MAX_RATIO,
            description = "Highest unpacked-to-compressed ratio of a course archive (${DEFAULT-VALUE}).")
    long maxRatio;

    @Option(names = "--import-workers", defaultValue = "2",
            description = "Course imports run at once; more wait in a queue (${DEFAULT-VALUE}).")
    int workers;

    public ArchiveLimits limits() {
        return new ArchiveLimits(maxArchiveBytes, maxUnpackedBytes, maxEntries, maxEntryBytes, maxRatio);
    }

    public int workers() {
        return workers;
    }
}
