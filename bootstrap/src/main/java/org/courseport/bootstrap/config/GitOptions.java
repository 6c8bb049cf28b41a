package org.courseport.bootstrap.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.courseport.bootstrap.wiring.GitSourceSettings;
import picocli.CommandLine.Option;

/** Publishing from git: the key that seals secrets, and the limits on fetching and importing. */
public final class GitOptions {

    @Option(names = "--secret-key-file",
            description = "AES key sealing webhook secrets and fetch credentials; give every node the same file "
                    + "(default: <data>/secret.key, made on first start).")
    Path secretKeyFile;

    @Option(names = "--git-allow-http", description = "Allow http:// repositories on this machine (for tests).")
    boolean allowHttp;

    @Option(names = "--git-fetch-timeout", defaultValue = "300",
            description = "Seconds a repository fetch may take (${DEFAULT-VALUE}).")
    long fetchTimeoutSeconds;

    @Option(names = "--git-import-timeout", defaultValue = "1800",
            description = "Seconds the import of a fetched course may take (${DEFAULT-VALUE}).")
    long importTimeoutSeconds;

    public GitSourceSettings settings() {
        return new GitSourceSettings(Optional.ofNullable(secretKeyFile), allowHttp, Duration.ofSeconds(fetchTimeoutSeconds),
                Duration.ofSeconds(importTimeoutSeconds));
    }
}
