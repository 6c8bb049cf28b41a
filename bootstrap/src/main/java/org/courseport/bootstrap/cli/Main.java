package org.courseport.bootstrap.cli;

import java.util.Map;
import org.courseport.bootstrap.config.LayeredDefaults;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar courseport.jar serve | token | reset-tokens | gc}. */
@Command(name = "courseport", mixinStandardHelpOptions = true, version = "Courseport 0.1",
        description = "An API for robots that publish courses and grade student work.",
        subcommands = {ServeCommand.class, TokenCommand.class, ResetTokensCommand.class, GcCommand.class})
public final class Main {

    public static void main(String[] args) {
        // Grizzly and Jersey log through java.util.logging: one log format for everything.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(run(args, System.getenv()));
    }

    static int run(String[] args, Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(new Main())
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
}
