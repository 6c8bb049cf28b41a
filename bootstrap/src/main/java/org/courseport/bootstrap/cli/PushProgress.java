package org.courseport.bootstrap.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.courseport.client.http.ImportJob;

/**
 * What a push shows while it runs, on stderr so stdout stays the result. On a terminal, one line
 * redrawn in place: a bar of the course's bytes sent, then the job's state. Elsewhere (a CI log, a
 * pipe), plain lines: the total once sent, then each state the job reaches.
 */
abstract class PushProgress {
    final PrintWriter err;

    PushProgress(PrintWriter err) {
        this.err = err;
    }

    /** Redraws in place only when a person is watching: stdin and stdout are a terminal. */
    static PushProgress on(PrintWriter err) {
        return System.console() != null ? new Terminal(err) : new Lines(err);
    }

    /** Of the course's {@code total} bytes, {@code read} have gone into the archive being sent. Any thread. */
    abstract void sending(long read, long total);

    /** The archive has been sent and the server took it. */
    abstract void sent(long total, ImportJob job);

    abstract void job(ImportJob job);

    /** Nothing more comes: the line in place is finished. */
    abstract void end();

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }

    static String state(ImportJob job) {
        return job.state().name().toLowerCase(Locale.ROOT) + " (" + job.entriesRead() + " entries read)";
    }

    private static final class Terminal extends PushProgress {
        private static final int WIDTH = 30;
        private static final long REDRAW_NANOS = 100_000_000L;
        private long lastDrawn;
        private int lastLength;

        Terminal(PrintWriter err) {
            super(err);
        }

        @Override
        synchronized void sending(long read, long total) {
            long now = System.nanoTime();
            if (now - lastDrawn < REDRAW_NANOS && read < total) {
                return;
            }
            lastDrawn = now;
            int filled = total == 0 ? WIDTH : (int) (WIDTH * read / total);
            draw("sending [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                    + (total == 0 ? 100 : 100 * read / total) + "% " + size(read) + " of " + size(total));
        }

        @Override
        synchronized void sent(long total, ImportJob job) {
            draw("sent " + size(total) + ", job " + job.id() + ": " + state(job));
        }

        @Override
        synchronized void job(ImportJob job) {
            draw("job " + job.id() + ": " + state(job));
        }

        @Override
        synchronized void end() {
            if (lastLength > 0) {
                err.print("\r" + " ".repeat(lastLength) + "\r");
                err.flush();
            }
        }

        private void draw(String line) {
            // Pad over what the longer previous line left behind.
            err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            err.flush();
            lastLength = line.length();
        }
    }

    private static final class Lines extends PushProgress {
        private ImportJob.State lastState;

        Lines(PrintWriter err) {
            super(err);
        }

        @Override
        void sending(long read, long total) {
            // A line per chunk would bury a CI log: the total is told once sent.
        }

        @Override
        void sent(long total, ImportJob job) {
            err.println("sent " + size(total) + " of course files; job " + job.id() + ": " + state(job));
            err.flush();
            lastState = job.state();
        }

        @Override
        void job(ImportJob job) {
            if (job.state() != lastState) {
                err.println("job " + job.id() + ": " + state(job));
                err.flush();
                lastState = job.state();
            }
        }

        @Override
        void end() {
            err.flush();
        }
    }
}
