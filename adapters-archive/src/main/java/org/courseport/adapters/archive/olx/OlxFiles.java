package org.courseport.adapters.archive.olx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.course.ManifestEntry;
import org.courseport.domain.error.Unprocessable;

/** The files of one imported course, read from the blob store they were unpacked into. */
final class OlxFiles {
    private static final int MAX_ELEMENTS_PER_FILE = 100_000;

    private final Manifest manifest;
    private final BlobStore blobs;
    private final SafeXml xml = new SafeXml(MAX_ELEMENTS_PER_FILE);

    OlxFiles(Manifest manifest, BlobStore blobs) {
        this.manifest = manifest;
        this.blobs = blobs;
    }

    boolean has(String path) {
        return manifest.entry(path).isPresent();
    }

    /** The paths below a folder ({@code "drafts/"}), sorted so that every import reads them in one order. */
    List<String> under(String folder) {
        return manifest.entries().stream().map(ManifestEntry::path).filter(path -> path.startsWith(folder))
                .sorted().toList();
    }

    /** A file the course cannot do without: not well-formed is as much an {@code Unprocessable} as refused. */
    XmlElement required(String path) {
        try {
            return xml(path);
        } catch (NotWellFormed e) {
            throw new Unprocessable(e.getMessage());
        }
    }

    /** A file's root element: {@link NotWellFormed} or, when refused, an {@code Unprocessable} naming it. */
    XmlElement xml(String path) {
        try (InputStream in = open(path)) {
            return xml.read(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the blob of " + path, e);
        }
    }

    InputStream open(String path) throws IOException {
        ManifestEntry entry = manifest.entry(path).orElseThrow(() ->
                new Unprocessable("the archive is not a course: it lacks " + path));
        return blobs.open(entry.blob()).orElseThrow(() -> new IllegalStateException("blob of " + path + " is missing"));
    }
}
