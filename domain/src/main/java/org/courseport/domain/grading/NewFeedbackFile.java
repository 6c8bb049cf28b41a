package org.courseport.domain.grading;

import java.util.Objects;
import java.util.regex.Pattern;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.error.InvalidInput;

/**
 * A feedback file about to be stored. Without a media type it is {@code application/octet-stream}, as
 * MarkUs's client leaves the type out when it cannot guess one.
 */
public record NewFeedbackFile(SubmissionPath filename, String mimeType, StoredBlob blob) {
    public static final String UNKNOWN_TYPE = "application/octet-stream";
    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9!#$&^_.+-]{1,127}/[A-Za-z0-9!#$&^_.+-]{1,127}");

    public NewFeedbackFile {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(blob, "blob");
        mimeType = mimeType == null || mimeType.isBlank() ? UNKNOWN_TYPE : mimeType.strip();
        if (!MEDIA_TYPE.matcher(mimeType).matches()) {
            throw InvalidInput.field("mime_type", "must be a media type such as text/plain");
        }
    }
}
