package org.courseport.client.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeUnpackerTest {
    @TempDir
    Path dir;

    /** A tar.gz whose entries the test writes as it likes, hostile ones included. */
    private static byte[] tarGz(Consumer<TarArchiveOutputStream> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            entries.accept(tar);
        }
        return out.toByteArray();
    }

    private static void file(TarArchiveOutputStream tar, String name, byte[] content) {
        try {
            TarArchiveEntry entry = new TarArchiveEntry(name, true);
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void special(TarArchiveOutputStream tar, String name, byte type, String link) {
        try {
            TarArchiveEntry entry = new TarArchiveEntry(name, type);
            entry.setLinkName(link);
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private UnsafeArchiveException refused(byte[] archive, UnpackLimits limits) throws IOException {
        Path target = dir.resolve("course");
        UnsafeArchiveException refused = assertThrows(UnsafeArchiveException.class,
                () -> SafeUnpacker.unpack(new ByteArrayInputStream(archive), target, limits));
        assertFalse(Files.exists(target), "nothing of a refused archive stays");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "not even the partial folder");
        }
        return refused;
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.xml", "a/../../escape.xml", "/etc/cron.d/x", "C:/x.xml", "a\\..\\x", "a//b", "./."})
    void pathsThatLeaveTheFolderAreRefused(String path) throws IOException {
        byte[] archive = tarGz(tar -> {
            file(tar, "course.xml", new byte[1]);
            file(tar, path, new byte[1]);
        });
        assertTrue(refused(archive, UnpackLimits.DEFAULTS).getMessage().startsWith("archive entry '" + path + "' refused"));
    }

    @Test
    void linksAndDevicesAreRefused() throws IOException {
        assertTrue(refused(tarGz(tar -> special(tar, "x", TarConstants.LF_SYMLINK, "/etc/passwd")), UnpackLimits.DEFAULTS)
                .getMessage().contains("links are not allowed"));
        assertTrue(refused(tarGz(tar -> special(tar, "x", TarConstants.LF_LINK, "course.xml")), UnpackLimits.DEFAULTS)
                .getMessage().contains("links are not allowed"));
        assertTrue(refused(tarGz(tar -> special(tar, "x", TarConstants.LF_CHR, "")), UnpackLimits.DEFAULTS)
                .getMessage().contains("only files and folders"));
    }

    @Test
    void limitsAreCheckedAsTheBytesCome() throws IOException {
        byte[] twoFiles = tarGz(tar -> {
            file(tar, "a.xml", new byte[600]);
            file(tar, "b.xml", new byte[600]);
        });
        assertTrue(refused(twoFiles, new UnpackLimits(1000, 10, 1000, 200)).getMessage().contains("more than 1000 bytes"));
        assertTrue(refused(twoFiles, new UnpackLimits(10_000, 1, 1000, 200)).getMessage().contains("more than 1 entries"));
        assertTrue(refused(twoFiles, new UnpackLimits(10_000, 10, 500, 200)).getMessage().contains("more than 500 bytes"));
        byte[] bomb = tarGz(tar -> file(tar, "zeros.xml", new byte[4 * 1024 * 1024]));
        assertTrue(refused(bomb, new UnpackLimits(1L << 30, 10, 1L << 30, 200)).getMessage().contains("200 times"));
    }

    @Test
    void aFolderThatHoldsFilesIsNotOverwritten() throws IOException {
        Path target = Files.createDirectories(dir.resolve("existing"));
        Files.writeString(target.resolve("mine.txt"), "keep me");
        byte[] archive = tarGz(tar -> file(tar, "course.xml", new byte[1]));
        assertThrows(DirectoryNotEmptyException.class,
                () -> SafeUnpacker.unpack(new ByteArrayInputStream(archive), target, UnpackLimits.DEFAULTS));
        assertEquals("keep me", Files.readString(target.resolve("mine.txt")));
    }

    @Test
    void anEmptyFolderIsFilled() throws IOException {
        Path target = Files.createDirectories(dir.resolve("empty"));
        byte[] archive = tarGz(tar -> {
            file(tar, "./course.xml", "<course/>".getBytes());
            file(tar, "html/a.html", "<p/>".getBytes());
        });
        SafeUnpacker.unpack(new ByteArrayInputStream(archive), target, UnpackLimits.DEFAULTS);
        assertEquals("<course/>", Files.readString(target.resolve("course.xml")));
        assertEquals("<p/>", Files.readString(target.resolve("html/a.html")));
    }
}
