package org.courseport.adapters.rest.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.courseport.adapters.rest.http.Params;
import org.courseport.domain.error.LimitExceeded;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/** A test result sent as multipart: its bytes are decoded as strict UTF-8, so binary content is refused. */
record TestResultUpload(TestResultFilename filename, TestResultContent content) {
    private static final int MAX_BYTES = 4 * TestResultContent.MAX_CHARS;

    static TestResultUpload of(FormDataMultiPart multipart, Params params) {
        FormDataBodyPart file = Uploads.file(multipart, "file_content");
        String filename = Uploads.field(multipart, "filename")
                .or(() -> params.optional("filename"))
                .or(() -> Optional.ofNullable(file.getContentDisposition().getFileName()))
                .orElse(null);
        TestResultFilename name = new TestResultFilename(filename);
        try (InputStream in = file.getValueAs(InputStream.class)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new LimitExceeded("file_content: a test result may be at most " + MAX_BYTES + " bytes");
            }
            return new TestResultUpload(name, TestResultContent.decode(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded test result", e);
        }
    }
}
