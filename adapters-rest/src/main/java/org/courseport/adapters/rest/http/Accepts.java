package org.courseport.adapters.rest.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The parameters a write route takes, declared next to its resource method (or on an annotation that
 * several methods share) and checked by {@link ParameterReader}: any other parameter is a {@code 400}.
 * {@link #content} names the field that carries the route's content (a file, an archive, a test
 * result's text); in a multipart body that part, or else the one file part, is the content.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Accepts {
    /** The parameter names, besides {@link #content}. */
    String[] value() default {};

    /** The field that carries the route's content, or empty when it takes none. */
    String content() default "";

    /**
     * Whether the route's parameter names are data rather than a fixed list (MarkUs's {@code update_marks}
     * takes a map of criterion names to marks): then any name is taken, and the route checks them itself.
     */
    boolean anyNames() default false;
}
