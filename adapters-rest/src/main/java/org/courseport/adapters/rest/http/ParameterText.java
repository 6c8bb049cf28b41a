package org.courseport.adapters.rest.http;

import org.courseport.domain.error.DomainException;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.text.WritableText;

/**
 * {@link WritableText} applied to request parameters, wherever they come from (query string, form,
 * JSON, multipart text fields). A bad parameter is a {@code 400} naming it; a file's content sent as
 * text ({@code file_content}) is a {@code 422}, as the docs promise for a test result sent as a file.
 */
public final class ParameterText {
    private static final String CONTENT = "file_content";

    private ParameterText() {
    }

    /** {@code value}, or the refusal naming {@code name} when it cannot be written back. */
    public static String check(String name, String value) {
        WritableText.fault(value).ifPresent(fault -> {
            throw refuse(name, fault);
        });
        return value;
    }

    /** The bytes of parameter {@code name} as strict UTF-8: a lenient decoder would store U+FFFD instead. */
    public static String decode(String name, byte[] bytes) {
        return WritableText.decodeUtf8(bytes).orElseThrow(() -> notUtf8(name));
    }

    /** A parameter's name: there is no field to blame, but it must be text all the same. */
    static String checkName(String name) {
        WritableText.fault(name).ifPresent(fault -> {
            throw new InvalidInput("a parameter name " + fault);
        });
        return name;
    }

    static String decodeName(byte[] bytes) {
        return WritableText.decodeUtf8(bytes).orElseThrow(() -> new InvalidInput("a parameter name is not UTF-8 text"));
    }

    static DomainException notUtf8(String name) {
        return refuse(name, "is not UTF-8 text");
    }

    static DomainException refuse(String name, String why) {
        String field = WritableText.excerpt(name);
        return CONTENT.equals(name) ? Unprocessable.field(field, why) : InvalidInput.field(field, why);
    }
}
