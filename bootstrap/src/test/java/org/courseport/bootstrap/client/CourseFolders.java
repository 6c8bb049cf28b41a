package org.courseport.bootstrap.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.courseport.application.fixtures.OlxCourse;

/** A course builder's files as a folder on disk, the way a course team keeps them in a checkout. */
final class CourseFolders {

    private CourseFolders() {
    }

    static Path write(OlxCourse course, Path folder) {
        try {
            for (Map.Entry<String, byte[]> file : course.files().entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder holds exactly the course's files, byte for byte. */
    static void assertHolds(OlxCourse course, Path folder) throws IOException {
        Set<String> found;
        try (Stream<Path> files = Files.walk(folder)) {
            found = files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
        assertEquals(course.files().keySet(), found);
        for (Map.Entry<String, byte[]> file : course.files().entrySet()) {
            assertArrayEquals(file.getValue(), Files.readAllBytes(folder.resolve(file.getKey())), file.getKey());
        }
    }
}
