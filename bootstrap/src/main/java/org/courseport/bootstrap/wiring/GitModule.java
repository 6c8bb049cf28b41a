package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.courseport.adapters.archive.git.JGitSourceFetcher;
import org.courseport.adapters.persistence.cluster.JdbiNodes;
import org.courseport.adapters.persistence.course.JdbiImportJobStore;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.persistence.secret.SecretSealer;
import org.courseport.adapters.persistence.source.JdbiCourseSourceStore;
import org.courseport.application.source.GitSettings;

/** Publishing from git: sources sealed by the key file, fetched by JGit in a folder of the data directory. */
public final class GitModule extends AbstractModule {
    static final String KEY_FILE = "secret.key";

    private final GitSourceSettings settings;
    private final Path dataRoot;
    private final Path fetchFolder;

    /** @param fetchFolder an owner-only folder of the data directory where fetches happen */
    public GitModule(GitSourceSettings settings, Path dataRoot, Path fetchFolder) {
        this.settings = settings;
        this.dataRoot = dataRoot;
        this.fetchFolder = fetchFolder;
    }

    @Provides
    @Singleton
    GitPorts gitPorts(Database database, JdbiNodes nodes) {
        try {
            SecretSealer sealer = settings.secretKeyFile().isPresent()
                    ? SecretSealer.fromKeyFile(settings.secretKeyFile().get(), false)
                    : SecretSealer.fromKeyFile(dataRoot.resolve(KEY_FILE), true);
            JdbiImportJobStore jobs = new JdbiImportJobStore(database.jdbi(), nodes.nodeId());
            return new GitPorts(new JdbiCourseSourceStore(database.jdbi(), sealer, jobs),
                    new JGitSourceFetcher(fetchFolder, settings.fetchTimeout()),
                    new GitSettings(settings.allowHttp(), settings.importTimeout()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
