package org.courseport.bootstrap.cli;

import java.io.IOException;
import org.courseport.client.http.Course;
import org.courseport.client.http.CourseportClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the courses the token may read, one a line: key, current version, display name. */
@Command(name = "courses", mixinStandardHelpOptions = true, description = "List the courses.")
final class CoursesCommand extends ClientCommand {

    @Option(names = "--json", description = "Print the list as the server answered it.")
    boolean json;

    @Override
    boolean json() {
        return json;
    }

    @Override
    int run(CourseportClient client) throws IOException, InterruptedException {
        if (json) {
            out().println(client.coursesDocument());
        } else {
            for (Course course : client.courses()) {
                out().println(course.courseKey() + "\tv" + course.currentVersion() + "\t"
                        + (course.displayName() == null ? "" : course.displayName()));
            }
        }
        out().flush();
        return DONE;
    }
}
