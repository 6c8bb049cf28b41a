package org.courseport.adapters.rest.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.courseport.adapters.rest.http.Params;
import org.courseport.domain.grading.TestResultContent;

/**
 * A test result's {@code file_content}, whichever encoding it came in (a text field, a multipart
 * file), read as strict UTF-8, so binary content is refused; no more than the longest allowed text is read.
 */
final class TestResultText {

    private TestResultText() {
    }

    static TestResultContent of(Params params) {
        try (InputStream in = params.requiredContent().stream()) {
            return TestResultContent.decode(in.readNBytes(4 * TestResultContent.MAX_CHARS + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test result's content", e);
        }
    }
}
