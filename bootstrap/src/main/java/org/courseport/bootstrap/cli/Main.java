package org.courseport.bootstrap.cli;

import java.util.Map;
import org.courseport.bootstrap.config.LayeredDefaults;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar courseport.jar serve | token | reset-tokens | gc} for the operator, and
 * {@code push | pull | status | courses}, the client a course team or CI job runs against a server.
 */
@Command(name = "courseport", mixinStandardHelpOptions = true, version = "Courseport 0.1",
        description = "An API for robots that publish courses and grade student work.",
        subcommands = {ServeCommand.class, TokenCommand.class, ResetTokensCommand.class, GcCommand.class,
                PushCommand.class, PullCommand.class, StatusCommand.class, CoursesCommand.class})
public final class Main {
    private final Map<String, String> environment;

    private Main(Map<String, String> environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        // Grizzly and Jersey log through java.util.logging: one log format for everything.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(run(args, System.getenv()));
    }

    static int run(String[] args, Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(new Main(environment))
                .setDefaultValueProvider(LayeredDefaults.from(args, environment))
                .setExecutionExceptionHandler((failure, line, parsed) -> {
                    line.getErr().println("courseport: " + failure.getMessage());
                    return 1;
                });
        if (args.length == 0) {
            commandLine.usage(commandLine.getOut());
            return 2;
        }
        return commandLine.execute(args);
    }

    /** The environment the client commands read their token from. */
    Map<String, String> environment() {
        return environment;
    }
}
