package org.courseport.bootstrap.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.courseport.client.http.CourseportClient;
import picocli.CommandLine.Option;

/**
 * Where the client commands find the server and their token. The token never comes from a flag, which
 * other users could read in the process list and shells keep in their history: it is read from
 * {@code --token-file} (or {@code COURSEPORT_TOKEN_FILE}), else {@code COURSEPORT_TOKEN}, else the
 * default token file.
 */
final class ServerConnection {
    static final String TOKEN_VARIABLE = "COURSEPORT_TOKEN";

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080", description = "The server (${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding the API token; else $" + TOKEN_VARIABLE
            + ", else ~/.config/courseport/token.")
    Path tokenFile;

    CourseportClient client(Map<String, String> environment) throws IOException {
        return CourseportClient.connect(url, token(environment));
    }

    private String token(Map<String, String> environment) throws IOException {
        if (tokenFile != null) {
            try {
                return Files.readString(tokenFile).strip();
            } catch (IOException e) {
                throw new IOException("cannot read the token file " + tokenFile + " (" + e + ")", e);
            }
        }
        String token = environment.get(TOKEN_VARIABLE);
        if (token != null && !token.isBlank()) {
            return token.strip();
        }
        Path home = Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")));
        Path fallback = home.resolve(".config/courseport/token");
        if (Files.isRegularFile(fallback)) {
            return Files.readString(fallback).strip();
        }
        throw new MissingToken();
    }

    /** No token anywhere: a usage error, not a refusal by the server. */
    static final class MissingToken extends IllegalStateException {
        MissingToken() {
            super("no API token: set " + TOKEN_VARIABLE + ", or give --token-file FILE");
        }
    }
}
