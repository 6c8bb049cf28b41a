package org.courseport.client.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Unpacks a tar.gz into a new folder with the server's rules for archives: relative paths that stay
 * inside (no {@code ..}, no absolute or drive paths, no backslash or NUL), files and folders only (no
 * links, devices or pipes), and limits on entries, sizes and compression ratio checked as the bytes
 * come. All or nothing: it unpacks beside the target and moves the folder into place at the end.
 */
public final class SafeUnpacker {
    private static final int MAX_PATH = 1024;
    private static final int BUFFER = 64 * 1024;

    private SafeUnpacker() {
    }

    /** @param target a folder that does not exist yet, or an empty one */
    public static void unpack(InputStream tarGz, Path target, UnpackLimits limits) throws IOException {
        Path folder = target.toAbsolutePath().normalize();
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            throw new DirectoryNotEmptyException(target + " (unpack into a new or empty folder)");
        }
        Path parent = Files.createDirectories(folder.getParent());
        Path partial = Files.createTempDirectory(parent, "." + folder.getFileName() + ".partial-");
        try {
            new Unpacking(partial, limits).run(tarGz);
            Files.deleteIfExists(folder);
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(partial)) {
                deleteTree(partial);
            }
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** One archive being unpacked, with its counts. */
    private static final class Unpacking {
        private final Path root;
        private final UnpackLimits limits;
        private long compressed;
        private long unpacked;
        private long entries;

        Unpacking(Path root, UnpackLimits limits) {
            this.root = root;
            this.limits = limits;
        }

        void run(InputStream tarGz) throws IOException {
            InputStream counted = new FilterInputStream(tarGz) {
                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    compressed += Math.max(n, 0);
                    return n;
                }
            };
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(counted, BUFFER), BUFFER, "UTF-8")) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    if (++entries > limits.maxEntries()) {
                        throw new UnsafeArchiveException(entry.getName(), "more than " + limits.maxEntries() + " entries");
                    }
                    write(tar, entry);
                }
            }
        }

        private void write(TarArchiveInputStream tar, TarArchiveEntry entry) throws IOException {
            String name = entry.getName();
            if (entry.isSymbolicLink() || entry.isLink()) {
                throw new UnsafeArchiveException(name, "links are not allowed (to '" + entry.getLinkName() + "')");
            }
            if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO() || !(entry.isDirectory() || entry.isFile())) {
                throw new UnsafeArchiveException(name, "only files and folders are allowed");
            }
            String path = name;
            while (path.startsWith("./")) {
                path = path.substring(2);
            }
            if (entry.isDirectory()) {
                path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
                if (!path.isEmpty() && !path.equals(".")) {
                    Files.createDirectories(inside(name, path));
                }
                return;
            }
            if (entry.getSize() > limits.maxEntryBytes()) {
                throw new UnsafeArchiveException(name, "more than " + limits.maxEntryBytes() + " bytes unpacked");
            }
            Path file = inside(name, path);
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                copy(tar, out, name);
            } catch (FileAlreadyExistsException e) {
                throw new UnsafeArchiveException(name, "the archive holds this path twice");
            }
        }

        private void copy(InputStream in, OutputStream out, String name) throws IOException {
            byte[] buffer = new byte[BUFFER];
            long written = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                unpacked += n;
                if (written > limits.maxEntryBytes()) {
                    throw new UnsafeArchiveException(name, "more than " + limits.maxEntryBytes() + " bytes unpacked");
                }
                if (unpacked > limits.maxUnpackedBytes()) {
                    throw new UnsafeArchiveException(name, "the archive unpacks to more than " + limits.maxUnpackedBytes() + " bytes");
                }
                if (unpacked > UnpackLimits.RATIO_FLOOR && unpacked > limits.maxRatio() * Math.max(1, compressed)) {
                    throw new UnsafeArchiveException(name, "the archive unpacks to more than " + limits.maxRatio()
                            + " times its compressed size");
                }
                out.write(buffer, 0, n);
            }
        }

        /** The entry's place under the root, if its path is one the server would have taken. */
        private Path inside(String name, String path) throws UnsafeArchiveException {
            String rule = problem(path);
            if (rule != null) {
                throw new UnsafeArchiveException(name, rule);
            }
            Path resolved = root.resolve(path).normalize();
            if (!resolved.startsWith(root) || resolved.equals(root)) {
                throw new UnsafeArchiveException(name, "path leaves the folder");
            }
            return resolved;
        }

        private static String problem(String path) {
            if (path.isEmpty()) {
                return "empty path";
            }
            if (path.length() > MAX_PATH) {
                return "path longer than " + MAX_PATH + " characters";
            }
            if (path.startsWith("/") || (path.length() > 1 && path.charAt(1) == ':')) {
                return "absolute path";
            }
            if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
                return "path holds a NUL or backslash";
            }
            for (String segment : path.split("/", -1)) {
                if (segment.equals("..")) {
                    return "path traversal ('..')";
                }
                if (segment.isEmpty() || segment.equals(".")) {
                    return "empty or '.' path segment";
                }
            }
            return null;
        }
    }
}
