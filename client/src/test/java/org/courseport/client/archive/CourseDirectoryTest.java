package org.courseport.client.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseDirectoryTest {
    /** A name over 100 bytes and one outside ASCII: both need the PAX headers the server reads. */
    private static final Map<String, String> COURSE = Map.of(
            "course.xml", "<course url_name=\"r\" org=\"O\" course=\"C\"/>\n",
            "html/intro.html", "<p>Welcome</p>\n",
            "static/" + "long-name-".repeat(12) + ".txt", "long\n",
            "static/café.txt", "crème\n");

    @TempDir
    Path dir;

    private Path course(String name, Instant time) throws IOException {
        Path root = dir.resolve(name);
        for (Map.Entry<String, String> file : COURSE.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
            Files.setLastModifiedTime(path, FileTime.from(time));
        }
        return root;
    }

    private static byte[] archive(Path root) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CourseDirectory.of(root).writeArchive(out);
        return out.toByteArray();
    }

    private static List<TarArchiveEntry> entries(byte[] tarGz, Map<String, String> contents) throws IOException {
        List<TarArchiveEntry> entries = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(new ByteArrayInputStream(tarGz)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                entries.add(entry);
                contents.put(entry.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void theSameContentMakesTheSameBytesWhateverTheFilesTimes() throws IOException {
        byte[] first = archive(course("a", Instant.parse("2020-01-01T00:00:00Z")));
        byte[] second = archive(course("b", Instant.parse("2026-06-30T12:34:56Z")));
        assertArrayEquals(first, second);
    }

    @Test
    void filesGoInPathOrderWithFixedMetadata() throws IOException {
        Map<String, String> contents = new TreeMap<>();
        List<TarArchiveEntry> entries = entries(archive(course("c", Instant.now())), contents);
        assertEquals(new TreeMap<>(COURSE), contents);
        assertEquals(contents.keySet().stream().toList(), entries.stream().map(TarArchiveEntry::getName).toList());
        for (TarArchiveEntry entry : entries) {
            assertEquals(0100644, entry.getMode());
            assertEquals(0, entry.getLastModifiedDate().getTime());
            assertEquals(0, entry.getLongUserId());
            assertEquals(0, entry.getLongGroupId());
            assertEquals("", entry.getUserName());
        }
    }

    @Test
    void gitTheIgnoreFileAndWhatItNamesAreLeftOut() throws IOException {
        Path root = course("d", Instant.now());
        Files.writeString(root.resolve(".courseportignore"), "drafts/\n*.bak\n");
        Files.createDirectories(root.resolve(".git/objects"));
        Files.writeString(root.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(root.resolve("html/.git"), "gitdir: ../.git/modules/html\n");
        Files.createDirectories(root.resolve("drafts"));
        Files.writeString(root.resolve("drafts/next.xml"), "<x/>");
        Files.writeString(root.resolve("html/intro.html.bak"), "old");

        assertEquals(new TreeMap<>(COURSE).keySet().stream().toList(),
                CourseDirectory.of(root).files().stream().map(CourseDirectory.CourseFile::path).toList());
        Map<String, String> contents = new TreeMap<>();
        entries(archive(root), contents);
        assertEquals(new TreeMap<>(COURSE), contents);
    }

    @Test
    void aSymbolicLinkIsRefusedBeforeAnythingIsSent() throws IOException {
        Path root = course("e", Instant.now());
        Files.createSymbolicLink(root.resolve("html/passwd"), Path.of("/etc/passwd"));
        IOException refused = assertThrows(IOException.class, () -> CourseDirectory.of(root));
        assertTrue(refused.getMessage().contains("'html/passwd' is a symbolic link"), refused.getMessage());
    }

    @Test
    void aFolderWithoutCourseXmlIsNotACourse() throws IOException {
        Path root = Files.createDirectories(dir.resolve("f/html"));
        NoSuchFileException refused = assertThrows(NoSuchFileException.class, () -> CourseDirectory.of(root));
        assertTrue(refused.getMessage().contains("no course.xml here"), refused.getMessage());
    }

    @Test
    void unpackingGivesBackEveryFileByteForByte() throws IOException {
        Path root = course("g", Instant.now());
        Path copy = dir.resolve("copy");
        try (var archive = CourseDirectory.of(root).archive()) {
            SafeUnpacker.unpack(archive, copy, UnpackLimits.DEFAULTS);
        }
        for (Map.Entry<String, String> file : COURSE.entrySet()) {
            assertEquals(file.getValue(), Files.readString(copy.resolve(file.getKey())));
        }
    }
}
