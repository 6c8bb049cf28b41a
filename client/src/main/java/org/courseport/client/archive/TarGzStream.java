package org.courseport.client.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.courseport.client.archive.CourseDirectory.CourseFile;

/**
 * A tar.gz of the given files, written a piece at a time as the stream is read: a reader (an HTTP
 * body, a file copy) pulls, and each pull compresses the next chunk of the current file. No thread
 * and no pipe; at most a chunk and its compressed bytes are held at once.
 */
final class TarGzStream extends InputStream {
    private static final int CHUNK = 64 * 1024;
    /** Metadata that would differ between machines and checkouts is fixed. */
    private static final FileTime EPOCH = FileTime.fromMillis(0);
    private static final int FILE_MODE = 0100644;

    private final Iterator<CourseFile> files;
    private final LongConsumer filesRead;
    private long read;
    private final Output output = new Output();
    private final TarArchiveOutputStream tar;
    private final byte[] chunk = new byte[CHUNK];
    private CourseFile current;
    private InputStream currentIn;
    private long remaining;
    private boolean finished;
    private int readAt;

    /** The compressed bytes made and not yet read. */
    private static final class Output extends ByteArrayOutputStream {
        int copy(int from, byte[] into, int offset, int length) {
            int n = Math.min(length, count - from);
            System.arraycopy(buf, from, into, offset, n);
            return n;
        }
    }

    TarGzStream(List<CourseFile> files, LongConsumer filesRead) throws IOException {
        this.files = files.iterator();
        this.filesRead = filesRead;
        this.tar = new TarArchiveOutputStream(new GZIPOutputStream(output, CHUNK), "UTF-8");
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        // The server reads names as UTF-8 only from PAX headers, whatever its platform's charset.
        tar.setAddPaxHeadersForNonAsciiNames(true);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (readAt == output.size()) {
            output.reset();
            readAt = 0;
            if (finished) {
                return -1;
            }
            step();
        }
        int n = output.copy(readAt, into, offset, length);
        readAt += n;
        return n;
    }

    /** Adds the next piece to the archive: an entry's header, a chunk of its file, or the end. */
    private void step() throws IOException {
        if (currentIn == null && files.hasNext()) {
            open(files.next());
        } else if (currentIn == null) {
            tar.finish();
            tar.close();
            finished = true;
        } else if (remaining > 0) {
            int n = currentIn.read(chunk, 0, (int) Math.min(chunk.length, remaining));
            if (n < 0) {
                throw changed();
            }
            tar.write(chunk, 0, n);
            remaining -= n;
            read += n;
            filesRead.accept(read);
        } else {
            if (currentIn.read() >= 0) {
                throw changed();
            }
            currentIn.close();
            currentIn = null;
            tar.closeArchiveEntry();
        }
    }

    private void open(CourseFile file) throws IOException {
        current = file;
        currentIn = Files.newInputStream(file.source());
        remaining = file.size();
        TarArchiveEntry entry = new TarArchiveEntry(file.path(), true);
        entry.setSize(file.size());
        entry.setMode(FILE_MODE);
        entry.setLastModifiedTime(EPOCH);
        entry.setIds(0, 0);
        entry.setNames("", "");
        tar.putArchiveEntry(entry);
    }

    private IOException changed() {
        return new IOException("'" + current.path() + "' changed while it was being sent: push again");
    }

    @Override
    public void close() throws IOException {
        if (currentIn != null) {
            currentIn.close();
        }
    }
}
