package org.courseport.bootstrap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalInt;
import org.courseport.client.archive.SafeUnpacker;
import org.courseport.client.archive.UnpackLimits;
import org.courseport.client.http.CourseDownload;
import org.courseport.client.http.CourseportClient;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Exports a course version to a file, to stdout, or unpacked into a new folder. Either way the
 * archive streams from the socket to its place, and a failed pull leaves nothing half-written.
 */
// No standard help mixin: its --version would take the name of the version flag.
@Command(name = "pull", description = "Download a course as tar.gz (default: the server's file name, here), or unpack it.")
final class PullCommand extends ClientCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(paramLabel = "KEY", description = "The course key.")
    String course;

    @Option(names = "--version", paramLabel = "N", description = "That version rather than the current one.")
    Integer version;

    @ArgGroup(exclusive = true)
    Destination destination = new Destination();

    static final class Destination {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the tar.gz here; - for stdout.")
        String file;

        @Option(names = "--into", paramLabel = "DIR", description = "Unpack into DIR, which must be new or empty.")
        Path into;
    }

    @Override
    int run(CourseportClient client) throws IOException, InterruptedException {
        try (CourseDownload download = client.export(course, version == null ? OptionalInt.empty() : OptionalInt.of(version))) {
            String pulled = course + ": version " + download.version();
            if (destination.into != null) {
                SafeUnpacker.unpack(download.body(), destination.into, UnpackLimits.DEFAULTS);
                report(out(), pulled + " unpacked into " + destination.into);
            } else if ("-".equals(destination.file)) {
                download.body().transferTo(System.out);
                System.out.flush();
                report(err(), pulled + " written to stdout");
            } else {
                Path file = Path.of(destination.file != null ? destination.file : fileName(download));
                save(download.body(), file);
                report(out(), pulled + " written to " + file);
            }
        }
        return DONE;
    }

    private static void report(PrintWriter to, String line) {
        to.println(line);
        to.flush();
    }

    /** The server's name for the file if it is a plain one; it never chooses a folder. */
    private static String fileName(CourseDownload download) {
        String name = download.fileName();
        return name != null && name.matches("[A-Za-z0-9_][A-Za-z0-9._-]*") ? name : "course-v" + download.version() + ".tar.gz";
    }

    /** Beside the target first, then moved over it: an interrupted pull leaves the old file as it was. */
    private static void save(InputStream body, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(folder, "." + file.getFileName(), ".partial");
        try {
            Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
