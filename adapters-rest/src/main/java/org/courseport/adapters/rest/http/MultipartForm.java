package org.courseport.adapters.rest.http;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.courseport.domain.error.DomainException;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.LimitExceeded;
import org.courseport.domain.text.WritableText;
import org.glassfish.jersey.media.multipart.BodyPartEntity;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * A {@code multipart/form-data} body, read by Jersey's own reader: MIMEPull parses the stream and
 * spools every part over a few KiB into the upload spool, within the part count and body size caps
 * of {@code UploadLimits}. Text fields become parameters (strict UTF-8, as every parameter); the part
 * that carries the route's content (named for it, else the one file part) stays a stream for the route.
 */
final class MultipartForm {
    private static final String SPOOLED = MultipartForm.class.getName();

    private MultipartForm() {
    }

    /** Adds the text fields to {@code params} and returns the content part, if the route takes one and it came. */
    static Optional<Upload> read(ContainerRequestContext request, Optional<String> contentField, boolean write,
                                 MultivaluedMap<String, String> params) throws IOException {
        FormDataMultiPart form = parse(request);
        request.setProperty(SPOOLED, form);
        request.setEntityStream(new ByteArrayInputStream(new byte[0]));
        try {
            FormDataBodyPart content = contentField.map(field -> contentPart(form, field)).orElse(null);
            long textBudget = ParameterReader.MAX_PARAMETER_BODY;
            for (FormDataBodyPart part : fields(form)) {
                if (part == content) {
                    continue;
                }
                if (isFile(part)) {
                    if (write) {
                        throw InvalidInput.field(part.getName(), contentField
                                .map(field -> "is a second file; this route takes one, as the field " + field)
                                .orElse("is a file; this route takes none"));
                    }
                    continue;
                }
                byte[] bytes = stream(part).readNBytes((int) textBudget + 1);
                textBudget -= bytes.length;
                if (textBudget < 0) {
                    throw new LimitExceeded("the text fields of a multipart body may be at most "
                            + ParameterReader.MAX_PARAMETER_BODY + " bytes together; send large content as a file");
                }
                params.add(part.getName(), ParameterText.decode(part.getName(), bytes));
            }
            return Optional.ofNullable(content)
                    .map(part -> new Upload(Optional.ofNullable(part.getContentDisposition().getFileName()), stream(part)));
        } catch (RuntimeException | IOException e) {
            form.cleanup();
            throw e;
        }
    }

    /**
     * Jersey answers a body MIMEPull cannot parse with a bare 400; the client is told what is wrong
     * instead. A failure to read (a stalled or cut body, a body over its limit) keeps its own answer.
     */
    private static FormDataMultiPart parse(ContainerRequestContext request) {
        try {
            return ((ContainerRequest) request).readEntity(FormDataMultiPart.class);
        } catch (BadRequestException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof DomainException || cause instanceof IOException) {
                    throw e;
                }
                if (cause.getCause() == null) {
                    throw new InvalidInput("the multipart/form-data body is malformed: "
                            + WritableText.excerpt(String.valueOf(cause.getMessage()))
                            + " (it needs at least one part, each with a Content-Disposition naming its field)");
                }
            }
            throw e;
        }
    }

    /** Deletes the spooled parts once the route has answered. */
    static void cleanup(ContainerRequestContext request) {
        if (request.getProperty(SPOOLED) instanceof FormDataMultiPart form) {
            form.cleanup();
        }
    }

    /** The part named {@code field}, else the one file part: robots name their file fields freely. */
    private static FormDataBodyPart contentPart(FormDataMultiPart form, String field) {
        FormDataBodyPart named = form.getField(field);
        if (named != null) {
            return named;
        }
        List<FormDataBodyPart> files = fields(form).stream().filter(MultipartForm::isFile).toList();
        if (files.size() > 1) {
            throw InvalidInput.field(field, "send one file; the form holds " + files.size());
        }
        return files.isEmpty() ? null : files.get(0);
    }

    /** The named parts in the order sent; a part without a name is no field and is refused. */
    private static List<FormDataBodyPart> fields(FormDataMultiPart form) {
        return form.getBodyParts().stream().map(part -> {
            if (!(part instanceof FormDataBodyPart field) || field.getName() == null) {
                throw new InvalidInput("every part of a multipart/form-data body needs a Content-Disposition with a name");
            }
            return field;
        }).toList();
    }

    private static boolean isFile(FormDataBodyPart part) {
        return part.getContentDisposition().getFileName() != null;
    }

    private static InputStream stream(FormDataBodyPart part) {
        return ((BodyPartEntity) part.getEntity()).getInputStream();
    }
}
