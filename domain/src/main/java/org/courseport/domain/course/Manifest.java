package org.courseport.domain.course;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.courseport.domain.blob.Sha256;

/**
 * Every file of a course version, ordered by path. Two manifests with the same paths and blobs are the
 * same content: {@link #digest()} is equal, and an export of either gives the same bytes.
 */
public final class Manifest {
    private final SortedMap<String, ManifestEntry> entries;

    private Manifest(SortedMap<String, ManifestEntry> entries) {
        this.entries = Collections.unmodifiableSortedMap(entries);
    }

    /** The files of a course that has none yet. */
    public static Manifest empty() {
        return new Manifest(new TreeMap<>());
    }

    /** A path given twice is refused: an archive must not hold two files at one place. */
    public static Manifest of(Collection<ManifestEntry> files) {
        SortedMap<String, ManifestEntry> entries = new TreeMap<>();
        for (ManifestEntry file : files) {
            if (entries.put(file.path(), file) != null) {
                throw new org.courseport.domain.error.Unprocessable(
                        "archive entry '" + file.path() + "' refused: the path appears twice");
            }
        }
        return new Manifest(entries);
    }

    public Collection<ManifestEntry> entries() {
        return entries.values();
    }

    public Optional<ManifestEntry> entry(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    public int fileCount() {
        return entries.size();
    }

    public long totalBytes() {
        return entries.values().stream().mapToLong(ManifestEntry::size).sum();
    }

    /** The SHA-256 of the paths, blobs and sizes in order: equal for equal content, a strong ETag. */
    public String digest() {
        MessageDigest sha = Sha256.newDigest();
        for (ManifestEntry entry : entries.values()) {
            sha.update(entry.path().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(entry.blob().sha256().getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            sha.update(Long.toString(entry.size()).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
        }
        return Sha256.hex(sha);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Manifest m && m.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }
}
