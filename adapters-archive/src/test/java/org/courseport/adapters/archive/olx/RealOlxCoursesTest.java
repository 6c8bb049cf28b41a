package org.courseport.adapters.archive.olx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.courseport.adapters.archive.tar.TarGzCourseArchiveReader;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.TarGz;
import org.courseport.domain.course.ArchiveLimits;
import org.courseport.domain.course.ArchiveProgress;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.course.CourseDraft;
import org.courseport.domain.course.CourseNode;
import org.courseport.domain.course.CourseOutline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Public OLX courses, pinned by commit in each folder's SOURCE and rebuilt by
 * {@code scripts/fetch-olx-fixtures.sh}. The outline is checked against a count made without the reader:
 * XPath over every XML file that pointers reach from {@code course.xml} counts each block element by kind,
 * less the roots of files (the same blocks their pointers already counted).
 */
class RealOlxCoursesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/olx");
    /** Kinds the check counts: the course levels, containers and the common components. */
    private static final List<String> KINDS = List.of("chapter", "sequential", "videosequence", "problemset",
            "vertical", "split_test", "conditional", "library_content", "randomize", "wrapper", "html", "problem",
            "video", "videoalpha", "discussion", "word_cloud", "poll_question", "lti", "openassessment");

    @ParameterizedTest
    @ValueSource(strings = {"edx-demo", "supported", "mitx-1805x"})
    void theOutlineHoldsEveryBlockTheXmlHolds(String course) throws Exception {
        CourseOutline outline = read(FIXTURES.resolve(course));
        List<String> unreadable = new ArrayList<>();
        Map<String, Integer> counted = count(FIXTURES.resolve(course), unreadable);
        Map<String, Integer> outlined = new TreeMap<>();
        tally(outline.root(), outlined);
        for (String kind : KINDS) {
            assertEquals(counted.getOrDefault(kind, 0), outlined.getOrDefault(kind, 0), course + ": " + kind
                    + " (warnings: " + outline.warnings() + ")");
        }
        for (String file : unreadable) {
            assertTrue(outline.warnings().stream().anyMatch(w -> w.contains(file) && w.contains("cannot be read")),
                    file + " is not well-formed, yet no warning names it: " + outline.warnings());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"edx-demo", "supported"})
    void draftsAreListedApartAndNameTheirParents(String course) throws Exception {
        CourseOutline outline = read(FIXTURES.resolve(course));
        long units = countFiles(FIXTURES.resolve(course).resolve("drafts/vertical"));
        assertEquals(units, outline.drafts().size());
        for (CourseDraft draft : outline.drafts()) {
            assertTrue(draft.parent().startsWith("sequential/"), draft.parent());
        }
    }

    private static long countFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static void tally(CourseNode node, Map<String, Integer> counts) {
        counts.merge(node.kind(), 1, Integer::sum);
        node.children().forEach(child -> tally(child, counts));
    }

    /**
     * Counts by kind over the files reachable from {@code course.xml} by pointers ({@code <kind url_name="x"/>}
     * to {@code kind/x.xml}); reachable files that are not well-formed go to {@code unreadable}.
     */
    private static Map<String, Integer> count(Path root, List<String> unreadable) throws Exception {
        var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        var xpath = XPathFactory.newInstance().newXPath();
        Map<String, Integer> counts = new TreeMap<>();
        Document pointer = builder.parse(root.resolve("course.xml").toFile());
        Deque<String> toRead = new ArrayDeque<>(List.of("course/" + pointer.getDocumentElement().getAttribute("url_name") + ".xml"));
        Set<String> seen = new HashSet<>(toRead);
        while (!toRead.isEmpty()) {
            String relative = toRead.pop();
            if (!Files.exists(root.resolve(relative))) {
                continue;
            }
            Document document;
            try {
                document = builder.parse(root.resolve(relative).toFile());
            } catch (SAXException e) {
                unreadable.add(relative); // its pointer still counts; its content cannot
                continue;
            }
            for (String kind : KINDS) {
                NodeList found = (NodeList) xpath.evaluate("//" + kind, document, XPathConstants.NODESET);
                int roots = document.getDocumentElement().getTagName().equals(kind) ? 1 : 0;
                counts.merge(kind, found.getLength() - roots, Integer::sum);
            }
            NodeList pointers = (NodeList) xpath.evaluate("//*[@url_name and count(@*) = 1 and not(*)]", document,
                    XPathConstants.NODESET);
            for (int i = 0; i < pointers.getLength(); i++) {
                Element element = (Element) pointers.item(i);
                String file = element.getTagName() + "/" + element.getAttribute("url_name").replace(':', '/') + ".xml";
                if (seen.add(file)) {
                    toRead.push(file);
                }
            }
        }
        return counts;
    }

    private static CourseOutline read(Path root) throws IOException {
        TarGz archive = TarGz.archive();
        for (Path file : xmlFilesAndJson(root)) {
            archive.file(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
        InMemoryBlobStore blobs = new InMemoryBlobStore();
        return new OlxCourseOutlineReader(blobs).read(new TarGzCourseArchiveReader(blobs, ForkJoinPool.commonPool())
                .unpack(new ByteArrayInputStream(archive.bytes()), ArchiveLimits.DEFAULTS, ArchiveProgress.NONE, Manifest.empty()));
    }

    private static List<Path> xmlFilesAndJson(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
