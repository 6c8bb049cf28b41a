package org.courseport.adapters.archive.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.courseport.domain.course.CommitId;
import org.courseport.domain.course.FetchedArchive;
import org.courseport.domain.course.SourceRevision;
import org.courseport.domain.error.LimitExceeded;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.source.SourceFetch;
import org.courseport.domain.source.SourceFetcher;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.EmptyProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Fetches a branch head with JGit: shallow (depth 1), that branch alone, into a bare repository in an
 * owner-only folder under the data directory, which closing the result removes. The commit's tree
 * under the source's path becomes a tar.gz beside it ({@link TreeArchive}) that the import reads as it
 * reads an upload. The fetch is held to a time limit as a whole, and to the same limit per read.
 */
public final class JGitSourceFetcher implements SourceFetcher {
    private final Path workRoot;
    private final Duration timeout;

    /**
     * @param workRoot where fetches happen, a folder of the data directory; what a stopped server
     *                 left there is removed now
     */
    public JGitSourceFetcher(Path workRoot, Duration timeout) throws IOException {
        this.workRoot = workRoot;
        this.timeout = timeout;
        if (Files.isDirectory(workRoot)) {
            try (Stream<Path> left = Files.list(workRoot)) {
                for (Path folder : left.toList()) {
                    delete(folder);
                }
            }
        }
        Files.createDirectories(workRoot, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    @Override
    public FetchedArchive fetch(SourceFetch fetch) throws IOException {
        Path folder = Files.createTempDirectory(workRoot, "fetch-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            CommitId commit;
            Path archive = folder.resolve("course.tar.gz");
            try (Git git = Git.init().setBare(true).setDirectory(folder.resolve("repository.git").toFile()).call()) {
                // No background gc: the folder is removed as soon as the archive has been read.
                git.getRepository().getConfig().setInt("gc", null, "auto", 0);
                git.getRepository().getConfig().setInt("gc", null, "autoPackLimit", 0);
                git.getRepository().getConfig().save();
                ObjectId head = fetchHead(git, fetch);
                commit = CommitId.parse(head.name());
                try (OutputStream out = Files.newOutputStream(archive);
                     RevWalk walk = new RevWalk(git.getRepository())) {
                    RevCommit revision = walk.parseCommit(head);
                    TreeArchive.write(git.getRepository(), revision.getTree(), fetch.path(), commit, out);
                }
            }
            InputStream in = Files.newInputStream(archive);
            return new Fetched(in, SourceRevision.of(fetch.repository().toString(), commit), folder);
        } catch (GitAPIException e) {
            delete(folder);
            throw refused(fetch, e);
        } catch (RuntimeException | IOException e) {
            delete(folder);
            throw e;
        }
    }

    private ObjectId fetchHead(Git git, SourceFetch fetch) throws GitAPIException, IOException {
        String branch = fetch.branch().ref();
        String tracking = "refs/remotes/origin/" + fetch.branch().name();
        Instant deadline = Instant.now().plus(timeout);
        var command = git.fetch()
                .setRemote(fetch.repository().toString())
                .setRefSpecs(List.of(new RefSpec("+" + branch + ":" + tracking)))
                .setDepth(1)
                .setTagOpt(org.eclipse.jgit.transport.TagOpt.NO_TAGS)
                .setTimeout((int) Math.max(1, timeout.toSeconds()))
                .setProgressMonitor(new EmptyProgressMonitor() {
                    @Override
                    public boolean isCancelled() {
                        return Instant.now().isAfter(deadline);
                    }
                });
        fetch.credential().ifPresent(c -> command.setCredentialsProvider(
                new UsernamePasswordCredentialsProvider(c.user(fetch.provider()), c.token())));
        try {
            command.call();
        } catch (GitAPIException e) {
            if (Instant.now().isAfter(deadline)) {
                throw new LimitExceeded("fetching " + fetch.repository() + " took longer than " + timeout.toSeconds()
                        + " seconds (limit git-fetch-timeout)");
            }
            throw e;
        }
        Repository repository = git.getRepository();
        ObjectId head = repository.resolve(tracking);
        if (head == null) {
            throw new Unprocessable("the repository " + fetch.repository() + " has no branch " + fetch.branch());
        }
        return head;
    }

    /** A repository that cannot be fetched is the source's fault, said in the words JGit gives (they hold no credential). */
    private static Unprocessable refused(SourceFetch fetch, GitAPIException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Unprocessable("could not fetch the branch " + fetch.branch() + " of " + fetch.repository() + ": " + why);
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The archive of one fetch; closing it removes the fetch's folder. */
    private static final class Fetched implements FetchedArchive {
        private final InputStream archive;
        private final SourceRevision source;
        private final Path folder;

        Fetched(InputStream archive, SourceRevision source, Path folder) {
            this.archive = archive;
            this.source = source;
            this.folder = folder;
        }

        @Override
        public InputStream archive() {
            return archive;
        }

        @Override
        public Optional<SourceRevision> source() {
            return Optional.of(source);
        }

        @Override
        public void close() {
            try {
                archive.close();
                delete(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("could not remove the fetch in " + folder, e);
            }
        }
    }
}
