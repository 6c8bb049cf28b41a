package org.courseport.bootstrap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.courseport.client.archive.CourseDirectory;
import org.courseport.client.http.CourseportClient;
import org.courseport.client.http.ImportJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Imports a course folder: archived as it is sent, so the same content makes no new version. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Import the course in DIR (the folder holding course.xml) into the server.",
                "Left out: .git, .courseportignore and the paths it names (gitignore patterns)."})
final class PushCommand extends ClientCommand {

    @Parameters(paramLabel = "DIR", description = "The course folder.")
    Path folder;

    @Option(names = "--course", required = true, paramLabel = "KEY",
            description = "The course key, e.g. course-v1:MITx+6.002x+2026_Fall.")
    String course;

    @Option(names = "--wait", description = "Wait for the import to end and print the version made, or \"unchanged\".")
    boolean await;

    @Option(names = "--json", description = "Print the import job as the server answered it.")
    boolean json;

    @Override
    boolean json() {
        return json;
    }

    @Override
    int run(CourseportClient client) throws IOException, InterruptedException {
        CourseDirectory directory = CourseDirectory.of(folder);
        long total = directory.totalBytes();
        PushProgress progress = PushProgress.on(err());
        ImportJob job;
        try {
            job = client.importCourse(course, () -> directory.archive(read -> progress.sending(read, total)));
            progress.sent(total, job);
            if (await) {
                job = client.awaitJob(job.id(), progress::job);
            }
        } finally {
            progress.end();
        }
        if (json) {
            out().println(job.document());
        } else if (!job.done()) {
            out().println(job.courseKey() + ": import job " + job.id() + " " + job.state().name().toLowerCase(Locale.ROOT)
                    + " (courseport status " + job.id() + ")");
        } else if (job.error().isEmpty()) {
            out().println(job.courseKey() + ": " + (job.unchanged() ? "unchanged, version " : "version ")
                    + job.version().orElse(0));
        }
        out().flush();
        job.warnings().forEach(warning -> err().println("warning: " + warning));
        return job.error().map(problem -> fail(FAILED, describe(problem))).orElse(DONE);
    }
}
