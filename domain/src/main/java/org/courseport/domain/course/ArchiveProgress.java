package org.courseport.domain.course;

/** Told, now and then, how far an archive has been read. */
@FunctionalInterface
public interface ArchiveProgress {
    ArchiveProgress NONE = (bytes, entries) -> { };

    void advanced(long compressedBytesRead, long entriesRead);
}
