package org.courseport.application.blob;

import java.io.IOException;

/** Frees the blobs nothing needs any more: those of deleted courses, replaced submissions, failed imports. */
public interface CollectGarbage {

    GarbageReport collect(GarbageCollection request) throws IOException;
}
