package org.courseport.client.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A folder holding a course (its {@code course.xml} at the top) as the archive a push sends: its files
 * in path order with fixed metadata, so the same content always makes the same archive, and the
 * server, finding the current version's content again, makes no new version. {@code .git} (at any
 * depth), {@code .courseportignore} and what it names are left out. A link or a device is refused
 * here, before anything is sent, as the server would refuse it after.
 */
public final class CourseDirectory {
    public static final String IGNORE_FILE = ".courseportignore";
    private static final String COURSE_XML = "course.xml";

    private final List<CourseFile> files;

    /** One file to send: its path in the archive and its size when the folder was read. */
    public record CourseFile(String path, Path source, long size) {
    }

    private CourseDirectory(List<CourseFile> files) {
        this.files = files;
    }

    public static CourseDirectory of(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw Files.exists(root) ? new NotDirectoryException(folder + ": not a folder")
                    : new NoSuchFileException(folder.toString(), null, "no such folder");
        }
        if (!Files.isRegularFile(root.resolve(COURSE_XML), LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(folder.resolve(COURSE_XML).toString(), null,
                    "no " + COURSE_XML + " here: push the folder that holds the course");
        }
        Path ignoreFile = root.resolve(IGNORE_FILE);
        IgnoreRules ignore = Files.isRegularFile(ignoreFile, LinkOption.NOFOLLOW_LINKS)
                ? IgnoreRules.parse(Files.readString(ignoreFile)) : IgnoreRules.none();
        List<CourseFile> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String path = relative(root, dir);
                boolean left = !path.isEmpty() && (dir.getFileName().toString().equals(".git") || ignore.ignores(path, true));
                return left ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String path = relative(root, file);
                String name = file.getFileName().toString();
                if (name.equals(".git") || path.equals(IGNORE_FILE) || ignore.ignores(path, false)) {
                    return FileVisitResult.CONTINUE;
                }
                if (!attributes.isRegularFile()) {
                    throw new IOException("'" + path + "' is " + (attributes.isSymbolicLink() ? "a symbolic link" : "not a regular file")
                            + ": a course holds files and folders only (leave it out in " + IGNORE_FILE + ")");
                }
                files.add(new CourseFile(path, file, attributes.size()));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort((a, b) -> a.path().compareTo(b.path()));
        return new CourseDirectory(Collections.unmodifiableList(files));
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    /** The files the archive holds, in its order. */
    public List<CourseFile> files() {
        return files;
    }

    /** Their bytes together, before compression. */
    public long totalBytes() {
        return files.stream().mapToLong(CourseFile::size).sum();
    }

    /** The tar.gz, made as it is read: memory stays flat however large the course. */
    public InputStream archive() throws IOException {
        return archive(bytes -> { });
    }

    /** The same, telling {@code filesRead} how many bytes of the files it has archived so far, of {@link #totalBytes()}. */
    public InputStream archive(LongConsumer filesRead) throws IOException {
        return new TarGzStream(files, filesRead);
    }

    public void writeArchive(OutputStream out) throws IOException {
        try (InputStream archive = archive()) {
            archive.transferTo(out);
        }
    }
}
