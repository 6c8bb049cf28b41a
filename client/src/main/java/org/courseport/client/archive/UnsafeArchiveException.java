package org.courseport.client.archive;

import java.io.IOException;

/** An archive {@link SafeUnpacker} refused: an entry that would leave the folder, a link, a device, a limit. */
public final class UnsafeArchiveException extends IOException {
    UnsafeArchiveException(String entry, String rule) {
        super("archive entry '" + entry + "' refused: " + rule);
    }
}
