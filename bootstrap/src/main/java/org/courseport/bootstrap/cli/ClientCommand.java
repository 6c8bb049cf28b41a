package org.courseport.bootstrap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.util.concurrent.Callable;
import org.courseport.client.http.CourseportClient;
import org.courseport.client.http.Problem;
import org.courseport.client.http.ProblemException;
import org.courseport.client.http.UnauthenticatedException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that talks to a server through the client library. The exit codes are the contract's:
 * 0 done, 1 refused or failed (the problem's detail printed), 2 usage, 4 authentication refused.
 */
abstract class ClientCommand implements Callable<Integer> {
    static final int DONE = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int UNAUTHENTICATED = 4;

    @Mixin
    ServerConnection server;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    /** Does the work; a refusal or a failure to reach the server is thrown and becomes its exit code here. */
    abstract int run(CourseportClient client) throws IOException, InterruptedException;

    /** Whether the command prints the response documents rather than lines for people. */
    boolean json() {
        return false;
    }

    @Override
    public final Integer call() {
        try {
            return run(server.client(main.environment()));
        } catch (ServerConnection.MissingToken e) {
            return fail(USAGE, e.getMessage());
        } catch (UnauthenticatedException e) {
            printDocument(e.problem());
            return fail(UNAUTHENTICATED, "authentication refused: " + e.problem().explanation());
        } catch (ProblemException e) {
            printDocument(e.problem());
            return fail(FAILED, describe(e.problem()));
        } catch (ConnectException e) {
            return fail(FAILED, "cannot connect to " + server.url);
        } catch (IOException e) {
            return fail(FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(FAILED, "interrupted");
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    int fail(int exitCode, String message) {
        err().println("courseport " + spec.name() + ": " + message);
        err().flush();
        return exitCode;
    }

    /** The problem's explanation, and each field at fault it does not already name. */
    static String describe(Problem problem) {
        StringBuilder text = new StringBuilder(problem.explanation());
        problem.errors().stream().filter(error -> error.message() != null && !text.toString().contains(error.message()))
                .forEach(error -> text.append("\n  ").append(error.field()).append(": ").append(error.message()));
        return text.toString();
    }

    void printDocument(Problem problem) {
        if (json() && problem.document() != null) {
            out().println(problem.document());
            out().flush();
        }
    }
}
