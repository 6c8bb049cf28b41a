package org.courseport.domain.grading;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes submission files, their bytes read from the blob store, as one archive streamed to {@code out}. */
public interface SubmissionArchiveWriter {

    /** The archive's media type, such as {@code application/zip}. */
    String mediaType();

    /** The file name extension of the archive, such as {@code .zip}. */
    String extension();

    /** Writes every file under {@code folder/} in the archive; {@code out} is left open. */
    void write(String folder, List<SubmissionFile> files, OutputStream out) throws IOException;
}
