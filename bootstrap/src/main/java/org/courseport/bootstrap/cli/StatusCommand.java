package org.courseport.bootstrap.cli;

import java.io.IOException;
import java.util.Locale;
import org.courseport.client.http.CourseportClient;
import org.courseport.client.http.ImportJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Shows an import job; a failed one exits 1 with its problem, as the push would have. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show an import job.")
final class StatusCommand extends ClientCommand {

    @Parameters(paramLabel = "JOB", description = "The job id that push printed.")
    String jobId;

    @Option(names = "--json", description = "Print the job as the server answered it.")
    boolean json;

    @Override
    boolean json() {
        return json;
    }

    @Override
    int run(CourseportClient client) throws IOException, InterruptedException {
        ImportJob job = client.job(jobId);
        if (json) {
            out().println(job.document());
        } else {
            String outcome = job.version().isPresent()
                    ? (job.newVersion() ? ", version " : ", unchanged, version ") + job.version().getAsInt() : "";
            out().println(job.id() + " " + job.courseKey() + ": " + job.state().name().toLowerCase(Locale.ROOT) + outcome
                    + " (" + job.bytesRead() + " bytes, " + job.entriesRead() + " entries read, updated " + job.updatedAt() + ")");
        }
        out().flush();
        return job.error().map(problem -> fail(FAILED, describe(problem))).orElse(DONE);
    }
}
