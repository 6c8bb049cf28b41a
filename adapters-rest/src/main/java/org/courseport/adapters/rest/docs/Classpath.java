package org.courseport.adapters.rest.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The files the documentation routes serve, read once when they are built. */
final class Classpath {
    /** Where the document, the page and its script are kept. */
    static final String HERE = "/org/courseport/adapters/rest/docs/";

    private Classpath() {
    }

    static byte[] read(String path) {
        try (InputStream in = Classpath.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
