package org.courseport.bootstrap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.courseport.bootstrap.cli.Main;

/** Runs the command line in its own JVM, exactly as an operator would, on this build's classes. */
public final class Cli {

    private Cli() {
    }

    public record Result(int exitCode, String out, String err) {
    }

    public static ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    public static Result run(String... args) {
        return run(Map.of(), args);
    }

    /** With these environment variables added, e.g. {@code COURSEPORT_DB_PASSWORD}, which should stay off the command line. */
    public static Result run(Map<String, String> environment, String... args) {
        try {
            ProcessBuilder builder = command(args);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the command did not end: " + List.of(args));
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
