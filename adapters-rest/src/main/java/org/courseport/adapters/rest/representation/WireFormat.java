package org.courseport.adapters.rest.representation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/** One of the response formats. Collections are written row by row; nothing buffers them whole. */
interface WireFormat {

    void writeOne(Representation one, OutputStream out) throws IOException;

    void writeCollection(RepresentationStream collection, OutputStream out) throws IOException;

    /** The text of a scalar value: ISO-8601 for times (to the second, with offset Z), as written for the rest. */
    static String text(Object value) {
        if (value instanceof Instant instant) {
            return IsoSeconds.format(instant);
        }
        return String.valueOf(value);
    }
}
