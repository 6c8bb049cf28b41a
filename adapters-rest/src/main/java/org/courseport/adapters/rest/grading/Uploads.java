package org.courseport.adapters.rest.grading;

import java.util.List;
import java.util.Optional;
import org.courseport.adapters.rest.http.ParameterText;
import org.courseport.domain.error.InvalidInput;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/** Reading files and fields out of a {@code multipart/form-data} body. */
final class Uploads {

    private Uploads() {
    }

    /** The part named {@code name}, else the one part that carries a file: robots name their fields freely. */
    static FormDataBodyPart file(FormDataMultiPart multipart, String name) {
        FormDataBodyPart named = multipart.getField(name);
        if (named != null) {
            return named;
        }
        List<FormDataBodyPart> files = multipart.getFields().values().stream().flatMap(List::stream)
                .filter(part -> part.getContentDisposition().getFileName() != null).toList();
        if (files.size() != 1) {
            throw InvalidInput.field(name, "send the file as the multipart field " + name);
        }
        return files.get(0);
    }

    /** A plain text field of the form, if given: strict UTF-8 and writable text, as every parameter. */
    static Optional<String> field(FormDataMultiPart multipart, String name) {
        FormDataBodyPart part = multipart.getField(name);
        if (part == null || part.getContentDisposition().getFileName() != null) {
            return Optional.empty();
        }
        return Optional.of(ParameterText.check(name, ParameterText.decode(name, part.getValueAs(byte[].class))));
    }
}
