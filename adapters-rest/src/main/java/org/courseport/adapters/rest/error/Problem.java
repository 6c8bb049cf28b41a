package org.courseport.adapters.rest.error;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import org.courseport.domain.error.FieldError;
import org.courseport.domain.text.WritableText;

/**
 * An RFC 9457 problem document. JAXB writes it as {@code application/problem+xml} in the RFC's
 * namespace; Jackson, reading the same annotations, as {@code application/problem+json}. Its texts
 * may echo input (a path id, a parameter), so they are made writable and bounded here, whatever
 * the message that built them did: JAXB would write a U+0001 as {@code &#1;}, which no parser reads.
 */
@XmlRootElement(name = "problem", namespace = Problem.NAMESPACE)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"type", "title", "status", "detail", "instance", "errors"})
public final class Problem {
    static final String NAMESPACE = "urn:ietf:rfc:7807";
    public static final String TYPE_BASE = "https://courseport.org/problems/";
    /** Messages quote input in short excerpts; this only stops a message that quoted too much. */
    private static final int MAX_TEXT = 1000;

    @XmlElement(namespace = NAMESPACE)
    private String type;
    @XmlElement(namespace = NAMESPACE)
    private String title;
    @XmlElement(namespace = NAMESPACE)
    private int status;
    @XmlElement(namespace = NAMESPACE)
    private String detail;
    @XmlElement(namespace = NAMESPACE)
    private String instance;
    @XmlElementWrapper(name = "errors", namespace = NAMESPACE)
    @XmlElement(name = "error", namespace = NAMESPACE)
    private List<Error> errors;

    private Problem() {
    }

    static Problem of(String kind, String title, int status, String detail, String instance, List<FieldError> errors) {
        Problem problem = new Problem();
        problem.type = TYPE_BASE + kind;
        problem.title = title;
        problem.status = status;
        problem.detail = text(detail);
        problem.instance = text(instance);
        if (!errors.isEmpty()) {
            problem.errors = new ArrayList<>();
            errors.forEach(e -> problem.errors.add(Error.from(e)));
        }
        return problem;
    }

    private static String text(String text) {
        return text == null ? null : WritableText.excerpt(text, MAX_TEXT);
    }

    public String getType() {
        return type;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    /** One field at fault. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "fieldError", propOrder = {"field", "message"})
    public static final class Error {
        @XmlElement(namespace = NAMESPACE)
        private String field;
        @XmlElement(namespace = NAMESPACE)
        private String message;

        private Error() {
        }

        static Error from(FieldError error) {
            Error dto = new Error();
            dto.field = text(error.field());
            dto.message = text(error.message());
            return dto;
        }
    }
}
