package org.courseport.adapters.archive.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.courseport.application.fixtures.GitHttpServer;
import org.courseport.application.fixtures.GitRepository;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.domain.course.CommitId;
import org.courseport.domain.course.FetchedArchive;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.source.BranchName;
import org.courseport.domain.source.FetchCredential;
import org.courseport.domain.source.GitProvider;
import org.courseport.domain.source.RepositoryUrl;
import org.courseport.domain.source.SourceFetch;
import org.courseport.domain.source.SourcePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher against a real git server on loopback (git http-backend), never a local path. */
class JGitSourceFetcherTest {
    private static final OlxCourse COURSE = OlxCourse.of("MITx", "6.002x", "2026_Fall");

    @TempDir
    Path temp;

    @Test
    void fetchesTheBranchHeadUnderItsPathAsAnArchiveAndRemovesTheFetchWhenClosed() throws IOException {
        GitRepository repository = GitRepository.create(temp.resolve("served"), "course.git", temp.resolve("work"));
        String commit = repository.commit(COURSE, "courses/circuits", "first");
        Path work = temp.resolve("fetches");
        try (GitHttpServer git = GitHttpServer.serving(temp.resolve("served"))) {
            JGitSourceFetcher fetcher = new JGitSourceFetcher(work, Duration.ofSeconds(30));
            try (FetchedArchive fetched = fetcher.fetch(fetch(git.url("course.git"), "courses/circuits", Optional.empty()))) {
                assertEquals(CommitId.parse(commit), fetched.source().orElseThrow().commit().orElseThrow());
                assertEquals(git.url("course.git"), fetched.source().orElseThrow().repositoryUrl());
                Map<String, byte[]> files = entries(fetched.archive());
                assertEquals(COURSE.files().keySet(), files.keySet());
                COURSE.files().forEach((path, content) -> assertArrayEquals(content, files.get(path), path));
                assertTrue(listing(work) > 0, "the fetch lives in the work folder while it is read");
            }
            assertEquals(0, listing(work), "closing removes the fetch");
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(work)));
        }
    }

    @Test
    void refusesASymbolicLinkNamingIt() throws IOException {
        GitRepository repository = GitRepository.create(temp.resolve("served"), "course.git", temp.resolve("work"));
        repository.commit(COURSE, "", "first");
        repository.symlink("static/passwd", "/etc/passwd");
        try (GitHttpServer git = GitHttpServer.serving(temp.resolve("served"))) {
            JGitSourceFetcher fetcher = new JGitSourceFetcher(temp.resolve("fetches"), Duration.ofSeconds(30));
            Unprocessable refused = assertThrows(Unprocessable.class,
                    () -> fetcher.fetch(fetch(git.url("course.git"), "", Optional.empty())));
            assertTrue(refused.getMessage().contains("symbolic link at 'static/passwd'"), refused.getMessage());
            assertEquals(0, listing(temp.resolve("fetches")));
        }
    }

    @Test
    void sendsTheCredentialAndSaysWhyAFetchFailed() throws IOException {
        GitRepository repository = GitRepository.create(temp.resolve("served"), "course.git", temp.resolve("work"));
        repository.commit(COURSE, "", "first");
        try (GitHttpServer git = GitHttpServer.serving(temp.resolve("served"), "robot:s3cret-token")) {
            JGitSourceFetcher fetcher = new JGitSourceFetcher(temp.resolve("fetches"), Duration.ofSeconds(30));
            try (FetchedArchive fetched = fetcher.fetch(fetch(git.url("course.git"), "",
                    Optional.of(new FetchCredential("robot:s3cret-token"))))) {
                assertFalse(entries(fetched.archive()).isEmpty());
            }
            Unprocessable refused = assertThrows(Unprocessable.class,
                    () -> fetcher.fetch(fetch(git.url("course.git"), "", Optional.empty())));
            assertTrue(refused.getMessage().startsWith("could not fetch the branch main of " + git.url("course.git")),
                    refused.getMessage());
            Unprocessable missing = assertThrows(Unprocessable.class, () -> fetcher.fetch(new SourceFetch(
                    RepositoryUrl.parse(git.url("course.git"), true), new BranchName("nowhere"), SourcePath.ROOT,
                    GitProvider.GENERIC, Optional.of(new FetchCredential("robot:s3cret-token")))));
            assertTrue(missing.getMessage().contains("nowhere"), missing.getMessage());
        }
    }

    private static SourceFetch fetch(String url, String path, Optional<FetchCredential> credential) {
        return new SourceFetch(RepositoryUrl.parse(url, true), BranchName.MAIN, SourcePath.parse(path), GitProvider.GITHUB,
                credential);
    }

    private static Map<String, byte[]> entries(InputStream archive) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(archive))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                files.put(entry.getName(), tar.readAllBytes());
            }
        }
        return files;
    }

    private static long listing(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.count();
        }
    }
}
